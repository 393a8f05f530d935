// Scenarios that cross a process or a bundle: the CLI over 1,000 documents, PDF (warm and cold),
// the extension bundle's require time, and Chromium printing the same register for comparison.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildRegister, heatmapHtml, parseDocument, ParseCache, pdfDefinition, resolveEnvironment, escapeHtml, type PdfRenderer, type Register } from '../../src/core/index';
import { riskCells } from '../../src/core/render/table';
import { generateDpia, SIZES } from './generate';
import { measureAsync, measureChild, measureCommand, type Budget, type Result } from './measure';

const ROOT = process.cwd();
const dist = (name: string) => resolve(ROOT, 'dist', name);
const load = (path: string): unknown => require(path);

/** 1,000 generated documents of about 100 KB, written once per generator version and reused. */
export function corpus(dir: string, count: number, log: (s: string) => void): string {
  const folder = join(dir, `corpus-${count}-v1`);
  const done = join(folder, '.complete');
  if (existsSync(done)) return folder;
  mkdirSync(folder, { recursive: true });
  log(`writing ${count} documents of ~100 KB to ${folder} ...`);
  for (let i = 0; i < count; i++) writeFileSync(join(folder, `doc-${String(i).padStart(4, '0')}.dpia.md`), generateDpia({ ...SIZES['100kb'], seed: 1000 + i }));
  writeFileSync(done, '');
  return folder;
}

export function cliScenario(folder: string, count: number, b: Budget): Result {
  return measureCommand('cli-1000-docs', `node dist/cli.js check over ${count} documents of ~100 KB (wall clock, process start included)`, [process.execPath, dist('cli.js'), 'check', '--today', '2026-11-23', folder], b);
}

export function registerOf(text: string): Register {
  const doc = parseDocument('bench.dpia.md', text, new ParseCache());
  return buildRegister({ document: doc, environment: resolveEnvironment(doc, { today: null }) });
}

export async function pdfScenarios(docFile: string, reg: Register, warm: Budget, cold: Budget): Promise<Result[]> {
  const renderer = load(dist('pdf.js')) as PdfRenderer;
  const definition = () => pdfDefinition(reg, { date: '2026-01-01' });
  const results = [await measureAsync('pdf-200-warm', `register of ${reg.risks.length} risks to PDF bytes, renderer loaded`, () => renderer.renderPdf(definition()), warm)];
  // Cold: a fresh process; timed from loading the renderer bundle to the PDF bytes.
  const script = `
    const { readFileSync } = require('fs');
    const core = require(${JSON.stringify(join(ROOT, 'out', 'bench', 'core.js'))});
    const text = readFileSync(process.argv[1], 'utf8');
    const doc = core.parseDocument('bench.dpia.md', text, new core.ParseCache());
    const reg = core.buildRegister({ document: doc, environment: core.resolveEnvironment(doc, { today: null }) });
    const t0 = performance.now();
    const pdf = require(${JSON.stringify(dist('pdf.js'))});
    pdf.renderPdf(core.pdfDefinition(reg, { date: '2026-01-01' })).then(() => console.log(performance.now() - t0));`;
  results.push(measureChild('pdf-200-cold', 'fresh process: load dist/pdf.js (pdfmake + fonts) and render the same register', script, [docFile], cold));
  return results;
}

export function bundleRequireScenario(b: Budget): Result {
  // The extension host provides `vscode`; a stub stands in for it so only our bundle's cost is timed.
  const script = `
    const Module = require('module');
    const orig = Module._load;
    const deep = () => new Proxy(function () {}, { get: (t, k) => (k === Symbol.toPrimitive ? () => 0 : deep()), apply: () => deep(), construct: () => deep() });
    // The stub offers every name the API declares (the bundle is minified, so they are not read from it).
    const dts = require('fs').readFileSync(${JSON.stringify(resolve(ROOT, 'node_modules/@types/vscode/index.d.ts'))}, 'utf8');
    const stub = {};
    for (const m of dts.matchAll(/^\\s*export (?:class|enum|namespace|function|const|let|var) (\\w+)/gm)) stub[m[1]] = deep();
    Module._load = function (req, ...rest) { return req === 'vscode' ? stub : orig.call(this, req, ...rest); };
    const t0 = performance.now();
    require(${JSON.stringify(dist('extension.js'))});
    console.log(performance.now() - t0);`;
  return measureChild('bundle-require', 'fresh process: require(dist/extension.js), the cost before activate() runs', script, [], b);
}

const CHROMIUM = '/usr/bin/chromium';

/** The same register as HTML: title, heat maps, risk table. */
export function registerHtml(reg: Register): string {
  const css = readFileSync(resolve(ROOT, 'src/extension/preview/preview.css'), 'utf8');
  const [head, ...rows] = riskCells(reg);
  const table = `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css} body{font:9pt 'DejaVu Sans',sans-serif} td,th{border-bottom:1px solid #ccc;padding:2px}</style></head><body><h1>${escapeHtml(reg.title)}</h1>${heatmapHtml(reg)}${table}</body></html>`;
}

/** Chromium (Debian's) printing the register's HTML with playwright-core, browser already running. */
export async function chromiumScenario(reg: Register, b: Budget): Promise<Result | string> {
  if (!existsSync(CHROMIUM)) return 'chromium-pdf-200 skipped: /usr/bin/chromium is not installed';
  let chromium;
  try {
    ({ chromium } = load('playwright-core') as typeof import('playwright-core'));
  } catch {
    return 'chromium-pdf-200 skipped: playwright-core is not installed';
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const html = registerHtml(reg);
    return await measureAsync('chromium-pdf-200', 'headless Chromium: setContent + page.pdf of the same register (browser running)', async () => {
      const page = await browser.newPage();
      await page.setContent(html);
      await page.pdf({ format: 'A4' });
      await page.close();
    }, b);
  } finally {
    await browser.close();
  }
}
