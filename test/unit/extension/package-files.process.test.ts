// The .vsix holds exactly the files the extension uses: `vsce ls` against an allow-list, and every
// listed file referenced by package.json, the extension's code or a shipped schema.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from '../helpers';

/** What `npm run package` puts in the .vsix. Add a file here only together with its use. */
const EXPECTED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'THIRD-PARTY-NOTICES.md',
  'dist/DejaVu-fonts-LICENSE.txt',
  'dist/countries.js',
  'dist/dpia-blocks.tmLanguage.json',
  'dist/export.js',
  'dist/extension.js',
  'dist/markdown.js',
  'dist/pdf.js',
  'dist/validators.js',
  'images/icon.png',
  'package.json',
  'package.nls.json',
  'package.nls.nl.json',
  'schemas/catalogue.schema.json',
  'schemas/common.schema.json',
  'schemas/config.schema.json',
  'schemas/matrix.schema.json',
  'schemas/measure.schema.json',
  'schemas/risk.schema.json',
  'snippets/blocks.code-snippets',
  'src/extension/l10n/bundle.l10n.nl.json',
  'src/extension/preview/preview.css',
  'templates/dpia-rijksdienst.en.md',
  'templates/dpia-rijksdienst.nl.md',
  'templates/dpia.en.md',
  'templates/dtia.en.md',
  'templates/dtia.nl.md',
  'templates/prescan.en.md',
  'templates/prescan.nl.md',
];

/** Files the Marketplace and licences ask for rather than the code. */
const METADATA = new Set(['CHANGELOG.md', 'LICENSE', 'README.md', 'THIRD-PARTY-NOTICES.md', 'package.json', 'package.nls.json', 'package.nls.nl.json', 'dist/DejaVu-fonts-LICENSE.txt']);

function extensionSources(dir = join(ROOT, 'src', 'extension')): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? extensionSources(join(dir, e.name)) : e.name.endsWith('.ts') ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n');
}

describe('the .vsix contents (vsce ls)', function () {
  this.timeout(180_000);
  let listed: string[];

  before(function () {
    if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('build first: node esbuild.config.mjs');
    const out = execFileSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    listed = out.split(/\r?\n/).filter(Boolean).sort();
  });

  it('lists exactly the expected files (no examples, no measure snippets, no sources, no maps)', () => {
    assert.deepEqual(listed, EXPECTED);
  });

  it('every listed file is used: named by package.json, the extension code or a shipped schema', () => {
    const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const code = extensionSources() + readFileSync(join(ROOT, 'dist', 'extension.js'), 'utf8');
    const schemas = listed.filter((f) => f.startsWith('schemas/')).map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    const unused = listed.filter((f) => {
      if (METADATA.has(f)) return false;
      if (pkg.includes(`"./${f}"`) || pkg.includes(`"${f}"`)) return false;
      // l10n: package.json names the folder.
      if (f.startsWith('src/extension/l10n/') && pkg.includes('"l10n": "./src/extension/l10n"')) return false;
      const name = basename(f);
      const stem = name.replace(/\.js$/, '');
      if (f.startsWith('dist/') && [`"./${name}"`, `'./${stem}'`, `['${stem}', 'js']`].some((s) => code.includes(s))) return false;
      // A bundle loaded on first use by name: load<Exporter>('export') → dist/export.js.
      if (f.startsWith('dist/') && new RegExp(`\\bload(?:<\\w+>)?\\('${stem}'\\)`).test(code)) return false;
      if (!f.startsWith('dist/') && code.includes(`'${name}'`)) return false;
      if (f.startsWith('schemas/') && schemas.includes(`"${name}#`)) return false;
      return true;
    });
    assert.deepEqual(unused, []);
  });
});
