// The PDF renderer, bundled on its own (dist/pdf.js) and loaded only when a PDF is made.
// Fonts are embedded: DejaVu Sans covers Latin with Dutch diacritics, arrows, dashes and quotes.
import pdfmake from 'pdfmake';
import sans from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf';
import sansBold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf';
import sansOblique from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf';
import sansBoldOblique from 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf';
import mono from 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf';
import monoBold from 'dejavu-fonts-ttf/ttf/DejaVuSansMono-Bold.ttf';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { installHyphenation } from './hyphenate';

let ready = false;

function setup(): void {
  if (ready) return;
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;
  vfs.writeFileSync('DejaVuSans.ttf', Buffer.from(sans));
  vfs.writeFileSync('DejaVuSans-Bold.ttf', Buffer.from(sansBold));
  vfs.writeFileSync('DejaVuSans-Oblique.ttf', Buffer.from(sansOblique));
  vfs.writeFileSync('DejaVuSans-BoldOblique.ttf', Buffer.from(sansBoldOblique));
  vfs.writeFileSync('DejaVuSansMono.ttf', Buffer.from(mono));
  vfs.writeFileSync('DejaVuSansMono-Bold.ttf', Buffer.from(monoBold));
  const pm = pdfmake as unknown as {
    setFonts(f: unknown): void;
    setUrlAccessPolicy(cb: (url: string) => boolean): void;
    setLocalAccessPolicy(cb: (path: string) => boolean): void;
  };
  pm.setFonts({
    DejaVuSans: { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italics: 'DejaVuSans-Oblique.ttf', bolditalics: 'DejaVuSans-BoldOblique.ttf' },
    // Code in the whole-document export.
    DejaVuSansMono: { normal: 'DejaVuSansMono.ttf', bold: 'DejaVuSansMono-Bold.ttf', italics: 'DejaVuSansMono.ttf', bolditalics: 'DejaVuSansMono-Bold.ttf' },
  });
  // Privacy by design: the renderer never fetches URLs and never reads local files.
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy(() => false);
  installHyphenation();
  ready = true;
}

/** Renders a pdfmake document definition to PDF bytes. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  setup();
  const doc = (pdfmake as unknown as { createPdf(d: TDocumentDefinitions): { getBuffer(): Promise<Buffer> } }).createPdf(definition);
  return doc.getBuffer();
}
