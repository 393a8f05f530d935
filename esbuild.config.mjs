// One build for everything: the library, the CLI, and (with --tests / --bench) the test and benchmark bundles.
// Data files (YAML catalogue, matrices, templates) are embedded as text so the core never needs the file system for them.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

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
    { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js' },
    // The PDF renderer (pdfmake + embedded fonts) is a bundle of its own, loaded only when needed.
    { ...common, entryPoints: ['src/pdf/render.ts'], outfile: 'dist/pdf.js', sourcemap: false },
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: "#!/usr/bin/env node\nvar __importMetaUrl = require('url').pathToFileURL(__filename).href;" } },
  );
}
await Promise.all(builds.map((b) => esbuild.build(b)));
if (!args.has('--tests') && !args.has('--bench') && !args.has('--tools')) {
  // The PDF renderer embeds DejaVu Sans; its licence travels with it.
  copyFileSync('node_modules/dejavu-fonts-ttf/LICENSE', 'dist/DejaVu-fonts-LICENSE.txt');
}
