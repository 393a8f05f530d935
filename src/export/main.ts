// The whole-document export (`dpia export`, "DPIA: Export document…"), bundled apart as dist/export.js
// with remark's parser, remark-gfm and docx, and loaded only when a document is exported. The PDF
// itself is made by dist/pdf.js (pdfmake and the embedded fonts), which the caller passes in.
import { buildExportDocument, buildMarkdownExport } from '../core/export/build';
import { documentPdf } from '../core/export/pdf';
import { documentHtml } from '../core/export/html';
import { documentDocx } from '../core/export/docx';
import type { ExportFormat, ExportInput } from '../core/render/document-model';
import type { PdfRenderer } from '../core/render/pdf-renderer';

export type { ExportFormat, ExportInput };
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'html'];

/** Exports a document: PDF, DOCX or HTML bytes. */
export async function exportDocument(input: ExportInput, format: ExportFormat, pdf?: PdfRenderer): Promise<Uint8Array> {
  const doc = buildExportDocument(input);
  if (format === 'html') return new TextEncoder().encode(documentHtml(doc));
  if (format === 'docx') return documentDocx(doc);
  if (!pdf) throw new Error('the PDF renderer is needed for a PDF export');
  return pdf.renderPdf(documentPdf(doc));
}

/** A Markdown report (the organisation register) as PDF or HTML, with the same writers as a DPIA. */
export async function exportMarkdown(text: string, meta: Parameters<typeof buildMarkdownExport>[1], format: 'pdf' | 'html', pdf?: PdfRenderer): Promise<Uint8Array> {
  const doc = buildMarkdownExport(text, meta);
  if (format === 'html') return new TextEncoder().encode(documentHtml(doc));
  if (!pdf) throw new Error('the PDF renderer is needed for a PDF export');
  return pdf.renderPdf(documentPdf(doc));
}

/** The module dist/export.js is, as its callers see it. */
export interface Exporter {
  exportDocument: typeof exportDocument;
  exportMarkdown: typeof exportMarkdown;
  EXPORT_FORMATS: typeof EXPORT_FORMATS;
}
