// A card of the export tree (a risk, measure, transfer or part A/B block) as a pdfmake table: a head
// row with id and title, the flags in red, then one row per field (label | value), rows kept whole
// across pages. Shared by the register PDF (risk details) and the whole-document export.
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CardField, ExportBlock, Inline } from './document-model';
import { TABLE_LAYOUT } from './pdf-text';

/** Colour of what a reader must not miss (as in the register PDF). */
export const WARN = '#c62828';

/** Text colour that stays readable on a level colour. */
export function ink(bg: string): string {
  const n = parseInt(bg.slice(1), 16);
  const lum = 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return lum < 140 ? '#ffffff' : '#000000';
}

/** Inlines as pdfmake text runs; links print their URL after the text. A word wider than its column is cut by the renderer (src/pdf/hyphenate.ts). */
export function pdfInlines(ins: Inline[]): Content[] {
  const out: Content[] = [];
  for (const i of ins) {
    if (i.type === 'break') out.push({ text: '\n' });
    else if (i.type === 'link') {
      out.push({ text: i.text, color: '#1a4f8b' });
      if (i.url !== i.text) out.push({ text: ` (${i.url})`, color: '#555555' });
    } else out.push({ text: i.text, bold: i.bold, italics: i.italic, decoration: i.strike ? 'lineThrough' : undefined, ...(i.code ? { font: 'DejaVuSansMono', background: '#f1f1f1' } : {}) });
  }
  return out;
}

function fieldValue(f: CardField): TableCell {
  const lines = Array.isArray(f.value[0]) ? (f.value as Inline[][]) : [f.value as Inline[]];
  if (f.level) return { text: pdfInlines(lines[0]), fillColor: f.level.color, color: ink(f.level.color), bold: true };
  if (lines.length === 1) return { text: pdfInlines(lines[0]) };
  return { ul: lines.map((l) => ({ text: pdfInlines(l) })) };
}

/** Widths of a card's two columns within `width` points (padding included). */
function cardWidths(width: number): [number, number] {
  const label = Math.min(140, Math.floor(width * 0.28));
  return [label, Math.floor(width - label - 16)];
}

/** The card as a two-column table that may run over pages with its head repeated; each row stays whole. */
export function pdfCard(card: Extract<ExportBlock, { type: 'card' }>, width: number, kindLabel: string): Content {
  const [lw, vw] = cardWidths(width);
  const head: TableCell[] = [
    { text: [{ text: `${kindLabel} `, color: '#555555' }, { text: card.id, bold: true }, { text: card.title && card.title !== card.id ? `  ${card.title}` : '', bold: true }], colSpan: 2, fillColor: '#e8eef5', fontSize: 10 },
    '',
  ];
  const marks: TableCell[][] = card.marks.map((m) => [{ text: m.text, color: m.severity === 'error' ? WARN : '#a15c00', bold: true, colSpan: 2 }, '']);
  const rows: TableCell[][] = card.fields.map((f) => [{ text: f.label, bold: true, color: '#333333' }, fieldValue(f)]);
  return {
    table: { headerRows: 1, dontBreakRows: true, keepWithHeaderRows: 1, widths: [lw, vw], body: [head, ...marks, ...rows] },
    layout: TABLE_LAYOUT,
    margin: [0, 4, 0, 10],
    unbreakable: card.fields.length + card.marks.length <= 6,
  } as Content;
}
