// One build for everything: the library, the CLI, and (with --tests / --bench) the test and benchmark bundles.
// Data files (YAML catalogue, matrices, templates) are embedded as text so the core never needs the file system for them.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, rmSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

// The JSON Schemas are compiled to validation code at build time (ajv's standalone mode), so the
// bundles carry neither ajv's compiler nor a compile step at start-up. Imported as 'virtual:dpia-validators'.
const SCHEMA_NAMES = ['risk', 'measure', 'transfer', 'frontmatter', 'matrix', 'catalogue'];
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

// pdfkit parses the embedded font again for every document (fontkit.create), and text layout then
// starts from an empty glyph cache: most of a warm render's time. The fonts never change, so the
// parsed font is kept, keyed by its bytes (each document still makes its own subset; the PDF bytes
// are identical, which the PDF tests check).
const FONT_CACHE = `
const __dpiaParsedFonts = [];
function __dpiaParsedFont(fontkit, src, family) {
  for (const f of __dpiaParsedFonts) if (f.family === family && f.src.length === src.length && Buffer.compare(f.src, src) === 0) return f.font;
  const font = fontkit.create(src, family);
  if (__dpiaParsedFonts.length < 8) __dpiaParsedFonts.push({ src: Buffer.from(src), family, font });
  return font;
}
`;
const pdfkitFontCachePlugin = {
  name: 'pdfkit-font-cache',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/ }, (a) => {
      const source = readFileSync(a.path, 'utf8');
      const call = 'font = fontkit.create(src, family);';
      if (!source.includes(call) || !source.includes('class PDFFontFactory {')) throw new Error('pdfkit-font-cache: pdfkit changed; update the plugin');
      const contents = source.replace(call, 'font = __dpiaParsedFont(fontkit, src, family);').replace('class PDFFontFactory {', FONT_CACHE + 'class PDFFontFactory {');
      return { contents, loader: 'js' };
    });
  },
};

// In the extension, what is not needed to start is a file of its own, read on first use rather than
// when VS Code loads the extension: the validators (first check), the table serialiser (table
// regeneration) and the country names (documents with transfers). The core requires them lazily.
const APART = { 'virtual:dpia-validators': 'validators.js', './table-stringify': 'markdown.js', './countries': 'countries.js' };
const partsApart = {
  name: 'parts-apart',
  setup(build) {
    build.onResolve({ filter: /^(virtual:dpia-validators|\.\/table-stringify|\.\/countries)$/ }, (a) => ({ path: `./${APART[a.path]}`, external: true }));
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
  builds.push({ ...common, entryPoints: ['src/tools/generate-snippets.ts'], outdir: 'out/tools' });
} else if (args.has('--bench')) {
  builds.push({ ...common, entryPoints: ['test/bench/bench.ts'], outfile: 'out/bench/bench.js', external: ['vscode', 'playwright-core'] });
} else {
  builds.push(
    { ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' },
    { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', minify: true, plugins: [partsApart, validatorsPlugin] },
    { ...common, stdin: { contents: "module.exports = require('virtual:dpia-validators');", resolveDir: '.', loader: 'js' }, outfile: 'dist/validators.js', minify: true },
    { ...common, entryPoints: ['src/core/render/table-stringify.ts'], outfile: 'dist/markdown.js', minify: true },
    { ...common, entryPoints: ['src/core/model/countries.ts'], outfile: 'dist/countries.js', minify: true },
    // The PDF renderer (pdfmake + embedded fonts) is a bundle of its own, loaded only when needed.
    { ...common, entryPoints: ['src/pdf/render.ts'], outfile: 'dist/pdf.js', sourcemap: false, plugins: [...common.plugins, pdfkitFontCachePlugin] },
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: "#!/usr/bin/env node\nvar __importMetaUrl = require('url').pathToFileURL(__filename).href;" } },
  );
}
// --analyze: what each bundle is made of (for keeping the extension's start-up cost down).
const results = await Promise.all(builds.map((b) => esbuild.build({ ...b, metafile: args.has('--analyze') })));
if (args.has('--analyze')) for (const r of results) console.log(await esbuild.analyzeMetafile(r.metafile));
if (!args.has('--tests') && !args.has('--bench') && !args.has('--tools')) {
  // The PDF renderer embeds DejaVu Sans; its licence travels with it.
  copyFileSync('node_modules/dejavu-fonts-ttf/LICENSE', 'dist/DejaVu-fonts-LICENSE.txt');
}
