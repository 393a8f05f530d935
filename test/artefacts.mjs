// `npm run artefacts`: pictures of what users see, for people to look at (not a test). Renders the
// worked example's risk register to PDF with the CLI and its first two pages to PNG with poppler:
//   .test-output/teams-onedrive-sharepoint.pdf, pdf-page1.png, pdf-page2-register.png
// and, with `--export`, the whole example exported to PDF and DOCX, page 8 of each as PNG (the DOCX
// as LibreOffice renders it), also copied to images/screenshots/ for the README:
//   .test-output/export-pdf-page8.png, export-docx-libreoffice-page8.png, and the organisation register
//   of the examples as PDF, page 3: register-pdf-page3.png
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
  if (process.argv.includes('--export')) {
    const example = 'templates/examples/teams-onedrive-sharepoint.dpia.md';
    const whole = join(tmp, 'whole.pdf');
    const docx = join(tmp, 'whole.docx');
    run(process.execPath, ['dist/cli.js', 'export', example, '--to', 'pdf', '-o', whole, '--date', '2026-11-23']);
    run(process.execPath, ['dist/cli.js', 'export', example, '--to', 'docx', '-o', docx, '--date', '2026-11-23']);
    run('soffice', [`-env:UserInstallation=file://${join(tmp, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(tmp, 'lo'), docx]);
    page(whole, 8, 'export-pdf-page8');
    page(join(tmp, 'lo', 'whole.pdf'), 8, 'export-docx-libreoffice-page8');
    const register = join(tmp, 'register.pdf');
    run(process.execPath, ['dist/cli.js', 'register', 'templates/examples', '--format', 'pdf', '-o', register, '--today', '2026-11-23']);
    page(register, 3, 'register-pdf-page3');
    for (const name of ['export-pdf-page8.png', 'export-docx-libreoffice-page8.png', 'register-pdf-page3.png']) copyFileSync(join(out, name), join(root, 'images', 'screenshots', name));
    console.log('artefacts: .test-output/export-pdf-page8.png, export-docx-libreoffice-page8.png, register-pdf-page3.png (also in images/screenshots/)');
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
