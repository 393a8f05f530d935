import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** The lazily loaded PDF renderer (dist/pdf.js): pdfmake and the embedded fonts. */
export interface PdfRenderer {
  renderPdf(definition: TDocumentDefinitions): Promise<Buffer>;
}

/** The date written into a PDF: the given one, else the front matter's, else a fixed epoch (never "now"). */
export function pdfDate(flag: string | undefined, frontMatterDate: string | undefined): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (flag && iso.test(flag)) return flag;
  if (frontMatterDate && iso.test(frontMatterDate)) return frontMatterDate;
  return '1970-01-01';
}
