// Helpers of the PDF tests: render in-process with the bundled renderer, read back with poppler.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRegister, analyze, parseDocument, ParseCache, pdfDefinition, type PdfRenderer, type RegisterOptions } from '../../../src/core/index';
import { ROOT } from '../helpers';

export function tool(name: string, args: string[]): string {
  const r = spawnSync(name, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${name} is needed for the PDF tests (Debian: apt-get install poppler-utils): ${r.error.message}`);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

let renderer: PdfRenderer | undefined;

/** Renders a document's register to a PDF file; returns its path. */
export async function renderPdf(text: string, options: RegisterOptions = { today: '2026-11-23' }): Promise<string> {
  renderer ??= require(join(ROOT, 'dist', 'pdf.js')) as PdfRenderer;
  const doc = parseDocument('t.dpia.md', text, new ParseCache());
  const bytes = await renderer.renderPdf(pdfDefinition(buildRegister(analyze(doc, {}), options), { date: '2026-01-01' }));
  const file = join(mkdtempSync(join(tmpdir(), 'dpia-pdf-')), 'out.pdf');
  writeFileSync(file, bytes);
  return file;
}

/** The PDF's text with every run of white space (and the zero-width break opportunities) made one space. */
export function pdfWords(file: string): string {
  return tool('pdftotext', ['-raw', file, '-']).replace(/\u200b/g, '').replace(/\s+/g, ' ');
}

export interface Word {
  page: number;
  pageWidth: number;
  text: string;
  xMin: number;
  xMax: number;
}

/** Every word of the PDF with its box (`pdftotext -bbox`). */
export function pdfBoxes(file: string): Word[] {
  const html = tool('pdftotext', ['-bbox', file, '-']);
  const out: Word[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const m of html.matchAll(/<page width="([\d.]+)"|<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
    if (m[1]) {
      page++;
      pageWidth = Number(m[1]);
    } else out.push({ page, pageWidth, text: m[4].replace(/\u200b/g, ''), xMin: Number(m[2]), xMax: Number(m[3]) });
  }
  return out;
}
