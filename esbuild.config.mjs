// One build for everything: the library, the CLI, and (with --tests / --bench) the test and benchmark bundles.
// Data files (YAML catalogue, matrices, templates) are embedded as text so the core never needs the file system for them.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, rmSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { pdfkitFontCachePlugin } from './src/tools/build/pdfkit-font-cache.mjs';

// The JSON Schemas are compiled to validation code at build time (ajv's standalone mode), so the
// bundles carry neither ajv's compiler nor a compile step at start-up. Imported as 'virtual:dpia-validators'.
const SCHEMA_NAMES = ['risk', 'measure', 'transfer', 'data', 'processing', 'purpose', 'prescan', 'frontmatter', 'matrix', 'catalogue', 'config'];
const validatorsPlugin = {
  name: 'dpia-validators',
  setup(build) {
    build.onResolve({ filter: /^virtual:dpia-validators$/ }, (a) => ({ path: a.path, namespace: 'dpia-validators' }));
    build.onLoad({ filter: /.*/, namespace: 'dpia-validators' }, () => {
      const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true, messages: false, code: { source: true } });
      addFormats(ajv, ['date']);
      ajv.addKeyword('x-description-nl');
      const files = ['common', ...SCHEMA_NAMES].map((n) => join('schemas', `${n}.schema.json`));
      for (const f of files) ajv.addSchema(JSON.parse(readFileSync(f, 'utf8')));
      const contents = standaloneCode(ajv, Object.fromEntries(SCHEMA_NAMES.map((n) => [n, `${n}.schema.json`])));
      return { contents, loader: 'js', resolveDir: process.cwd(), watchFiles: files };
    });
  },
};

const args = new Set(process.argv.slice(2));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  loader: { '.yaml': 'text', '.md': 'text', '.ttf': 'binary' },
  external: ['vscode'],
  // ESM dependencies bundled into CJS read import.meta.url; give them the bundle's own URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "var __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  plugins: [validatorsPlugin],
};

function walk(dir, pred) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, pred));
    else if (pred(p)) out.push(p);
  }
  return out;
}

// In the extension, what is not needed to start is a file of its own, read on first use rather than
// when VS Code loads the extension: the validators (first check), the table serialiser (table
// regeneration) and the country names (documents with transfers). The core requires them lazily.
// This one table decides both what the extension bundle leaves out and which files are built.
const APART = [
  { request: 'virtual:dpia-validators', file: 'validators.js', source: { stdin: { contents: "module.exports = require('virtual:dpia-validators');", resolveDir: '.', loader: 'js' } } },
  { request: './table-stringify', file: 'markdown.js', source: { entryPoints: ['src/core/render/table-stringify.ts'] } },
  { request: './countries', file: 'countries.js', source: { entryPoints: ['src/core/model/countries.ts'] } },
];
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const partsApart = {
  name: 'parts-apart',
  setup(build) {
    const byRequest = new Map(APART.map((p) => [p.request, p.file]));
    build.onResolve({ filter: new RegExp(`^(${APART.map((p) => escapeRe(p.request)).join('|')})$`) }, (a) => ({ path: `./${byRequest.get(a.path)}`, external: true }));
  },
};

const builds = [];
if (args.has('--tests')) {
  rmSync('out/test', { recursive: true, force: true });
  builds.push({
    ...common,
    entryPoints: [...walk('test', (p) => p.endsWith('.test.ts')), 'test/integration/suite/index.ts'],
    outdir: 'out/test',
    outbase: 'test',
    external: ['vscode', 'mocha', 'commonmark-spec'],
  });
} else if (args.has('--tools')) {
  builds.push({ ...common, entryPoints: ['src/tools/generate-snippets.ts', 'src/tools/generate-docs.ts', 'src/tools/generate-notices.ts'], outdir: 'out/tools' });
} else if (args.has('--bench')) {
  builds.push(
    { ...common, entryPoints: ['test/bench/bench.ts'], outfile: 'out/bench/bench.js', external: ['vscode', 'playwright-core'] },
    // The internals the fresh processes of the cold scenarios need (dist/index.js is the public API only).
    { ...common, entryPoints: ['test/bench/core-entry.ts'], outfile: 'out/bench/core.js' },
  );
} else {
  builds.push(
    { ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' },
    { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', minify: true, plugins: [partsApart, validatorsPlugin] },
    ...APART.map((p) => ({ ...common, ...p.source, outfile: `dist/${p.file}`, minify: true })),
    // The PDF renderer (pdfmake + embedded fonts) is a bundle of its own, loaded only when needed.
    { ...common, entryPoints: ['src/pdf/render.ts'], outfile: 'dist/pdf.js', sourcemap: false, plugins: [...common.plugins, pdfkitFontCachePlugin] },
    // The whole-document export (remark-parse, remark-gfm, docx), a bundle of its own loaded on first export.
    { ...common, entryPoints: ['src/export/main.ts'], outfile: 'dist/export.js', sourcemap: 'linked' },
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: "#!/usr/bin/env node\nvar __importMetaUrl = require('url').pathToFileURL(__filename).href;" } },
    // `dpia-language-server --stdio`: the language server for every editor (src/server).
    { ...common, entryPoints: ['src/server/main.ts'], outfile: 'dist/server.js', banner: { js: "#!/usr/bin/env node\nvar __importMetaUrl = require('url').pathToFileURL(__filename).href;" } },
    // The worker threads of `dpia check --jobs N` and `dpia register --jobs N` run this script, started by dist/cli.js from its own folder.
    { ...common, entryPoints: ['src/cli/check-worker.ts'], outfile: 'dist/check-worker.js' },
  );
}
// --analyze: what each bundle is made of (for keeping the extension's start-up cost down).
const shipped = !args.has('--tests') && !args.has('--bench') && !args.has('--tools');
const results = await Promise.all(builds.map((b) => esbuild.build({ ...b, metafile: args.has('--analyze') || shipped })));
if (shipped) {
  // What the extension's bundles are made of, for THIRD-PARTY-NOTICES.md (src/tools/third-party-notices.ts).
  const ext = new Set(['dist/extension.js', 'dist/pdf.js', 'dist/export.js', ...APART.map((p) => `dist/${p.file}`)]);
  const inputs = results.filter((r, i) => ext.has(builds[i].outfile)).flatMap((r) => Object.keys(r.metafile.inputs));
  mkdirSync('out', { recursive: true });
  writeFileSync('out/extension-inputs.json', JSON.stringify([...new Set(inputs)].sort(), null, 1) + '\n');
}
if (args.has('--analyze')) for (const r of results) console.log(await esbuild.analyzeMetafile(r.metafile));
if (!args.has('--tests') && !args.has('--bench') && !args.has('--tools')) {
  // The PDF renderer embeds DejaVu Sans; its licence travels with it.
  copyFileSync('node_modules/dejavu-fonts-ttf/LICENSE', 'dist/DejaVu-fonts-LICENSE.txt');
  // The grammar that makes a DPIA block's body embedded YAML (contributes.grammars), from the block kinds of the core.
  await esbuild.build({ ...common, entryPoints: ['src/extension/fence-grammar.ts'], outfile: 'out/fence-grammar.cjs', sourcemap: false });
  const { fenceGrammar } = createRequire(import.meta.url)('./out/fence-grammar.cjs');
  writeFileSync('dist/dpia-blocks.tmLanguage.json', JSON.stringify(fenceGrammar(), null, 1) + '\n');
}
