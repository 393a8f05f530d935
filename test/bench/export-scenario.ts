// The whole-document export (issue 17) of a generated DPIA of about 150 A4 pages: PDF (pdfmake),
// DOCX (docx) and HTML, renderers loaded; compared with the naive approach of Markdown PDF — a
// browser printing the HTML — when Chromium is installed (same document, same run).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, parseDocument, ParseCache, type PdfRenderer } from '../../src/core/index';
import type { Exporter, ExportInput } from '../../src/export/main';
import { generateDpia } from './generate';
import { measureAsync, type Budget, type Result } from './measure';

const ROOT = process.cwd();
const load = (path: string): unknown => require(path);
const CHROMIUM = '/usr/bin/chromium';

/** The generated document the scenarios export: ~150 pages in the PDF (counted and reported). */
export const EXPORT_DOC = { risks: 120, bytes: 420_000, seed: 150 };

function pageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

export async function exportScenarios(b: Budget, log: (s: string) => void): Promise<{ results: Result[]; notes: string[] }> {
  const exporter = load(resolve(ROOT, 'dist', 'export.js')) as Exporter;
  const pdf = load(resolve(ROOT, 'dist', 'pdf.js')) as PdfRenderer;
  const text = generateDpia(EXPORT_DOC);
  const doc = parseDocument('bench-export.dpia.md', text, new ParseCache());
  const input: ExportInput = { text: doc.text, analysis: analyze(doc, { today: '2026-11-23' }), date: '2026-01-15' };
  const pages = pageCount(await exporter.exportDocument(input, 'pdf', pdf));
  const what = (f: string) => `${f} of a ${pages}-page generated DPIA (${Math.round(text.length / 1000)} KB, ${EXPORT_DOC.risks} risks), bundles loaded`;
  log(`  the export document has ${pages} PDF pages`);
  const results = [
    await measureAsync('export-pdf-150p', what('dpia export --to pdf'), () => exporter.exportDocument(input, 'pdf', pdf), b),
    await measureAsync('export-docx-150p', what('dpia export --to docx'), () => exporter.exportDocument(input, 'docx'), b),
    await measureAsync('export-html-150p', what('dpia export --to html'), () => exporter.exportDocument(input, 'html'), b),
  ];
  const notes: string[] = [];
  if (!existsSync(CHROMIUM)) notes.push('chromium-export-150p skipped: /usr/bin/chromium is not installed');
  else {
    let chromium;
    try {
      ({ chromium } = load('playwright-core') as typeof import('playwright-core'));
    } catch {
      notes.push('chromium-export-150p skipped: playwright-core is not installed');
    }
    if (chromium) {
      const html = Buffer.from(await exporter.exportDocument(input, 'html')).toString('utf8');
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
      try {
        results.push(
          await measureAsync('chromium-export-150p', 'headless Chromium printing the HTML export of the same document to A4 PDF (browser running; the Markdown PDF approach)', async () => {
            const page = await browser.newPage();
            await page.setContent(html);
            await page.pdf({ format: 'A4' });
            await page.close();
          }, b),
        );
      } finally {
        await browser.close();
      }
    }
  }
  return { results, notes };
}
