// `npm run artefacts`: pictures of what users see, for people to look at (not a test). Renders the
// worked example's risk register to PDF with the CLI and its first two pages to PNG with poppler:
//   .test-output/teams-onedrive-sharepoint.pdf, pdf-page1.png, pdf-page2-register.png
// The UI check of `npm test` adds screenshots of VS Code to the same folder.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const out = join(root, '.test-output');
const tmp = mkdtempSync(join(tmpdir(), 'dpia-artefacts-'));
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`artefacts: ${cmd} ${args.join(' ')} failed: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]}`);
    process.exit(1);
  }
};
try {
  mkdirSync(out, { recursive: true });
  const pdf = join(tmp, 'teams-onedrive-sharepoint.pdf');
  run(process.execPath, ['dist/cli.js', 'pdf', 'templates/examples/teams-onedrive-sharepoint.dpia.md', '-o', pdf, '--date', '2026-11-23']);
  run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, join(tmp, 'page')]);
  copyFileSync(pdf, join(out, 'teams-onedrive-sharepoint.pdf'));
  copyFileSync(join(tmp, 'page-1.png'), join(out, 'pdf-page1.png'));
  copyFileSync(join(tmp, 'page-2.png'), join(out, 'pdf-page2-register.png'));
  console.log('artefacts: .test-output/teams-onedrive-sharepoint.pdf, pdf-page1.png, pdf-page2-register.png');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
