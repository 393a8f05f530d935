// Compares the diagnostics of two builds of the CLI over every Markdown file in test/fixtures and
// templates (with dates, and with --no-dates). Used to show a refactor changes no diagnostic:
//   node test/compare-diagnostics.mjs <old dist dir> [<new dist dir, default: dist>]
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [oldDist, newDist = 'dist'] = process.argv.slice(2);
if (!oldDist) {
  console.error('usage: node test/compare-diagnostics.mjs <old dist dir> [<new dist dir>]');
  process.exit(2);
}
const files = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
const docs = [...files('test/fixtures'), ...files('templates')].filter((f) => f.endsWith('.md')).sort();
const run = (dist, file, extra) => {
  try {
    return execFileSync(process.execPath, [resolve(dist, 'cli.js'), 'check', file, '--format', 'json', ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return `exit ${e.status}\n${e.stdout}\n${e.stderr}`;
  }
};
let differ = 0;
let diagnostics = 0;
for (const file of docs) {
  for (const extra of [['--today', '2026-11-23'], ['--no-dates'], ['--today', '2026-11-23', '--lang', 'nl']]) {
    const a = run(oldDist, file, extra);
    const b = run(newDist, file, extra);
    diagnostics += (a.match(/"code":/g) ?? []).length;
    if (a !== b) {
      differ++;
      console.log(`DIFFERENT: ${file} ${extra.join(' ')}`);
    }
  }
}
console.log(`${docs.length} files × 3 runs, ${diagnostics} diagnostics: ${differ ? `${differ} runs differ` : 'identical'}`);
process.exit(differ ? 1 : 0);
