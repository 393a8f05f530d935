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
  // -singlefile: the PNG is named without a page number (pdftoppm pads the number to the page count's width).
  const page = (file, n, name) => run('pdftoppm', ['-png', '-r', '70', '-f', String(n), '-l', String(n), '-singlefile', file, join(out, name)]);
  copyFileSync(pdf, join(out, 'teams-onedrive-sharepoint.pdf'));
  page(pdf, 1, 'pdf-page1');
  page(pdf, 2, 'pdf-page2-register');
  console.log('artefacts: .test-output/teams-onedrive-sharepoint.pdf, pdf-page1.png, pdf-page2-register.png');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
