// Table geometry for the PDF: every column has a fixed width, so that no text can push a column off
// the page (a word wider than its column is cut by the renderer, with a hyphen between letters:
// src/pdf/hyphenate.ts).
import type { CustomTableLayout } from 'pdfmake/interfaces';

export const PAGE = { portrait: 595.28, landscape: 841.89, margin: 40 } as const;
export type Orientation = 'portrait' | 'landscape';

/** Padding on each side of a cell in every table the PDF draws. */
const PAD = 4;

/**
 * Column widths in proportion to `weights` that, with the cell padding, fill exactly the width
 * between the margins (pdfmake widths exclude padding). Fixed widths: pdfmake grows '*' and 'auto'
 * columns to the longest unbreakable word, which pushed the last columns off the page. `share`:
 * the part of the width the table gets; `lines`: the width its vertical lines take; `pad`: cell padding.
 */
export function columns(weights: number[], orientation: Orientation, { share = 1, lines = 0, pad = PAD } = {}): number[] {
  const avail = (PAGE[orientation] - 2 * PAGE.margin) * share - 2 * pad * weights.length - lines;
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / sum) * avail * 100) / 100);
}

/** Light horizontal lines (as pdfmake's `lightHorizontalLines`) with the same padding on every side of every cell. */
export const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === node.table.headerRows ? 2 : 1),
  vLineWidth: () => 0,
  hLineColor: (i) => (i === 1 ? 'black' : '#aaaaaa'),
  paddingLeft: () => PAD,
  paddingRight: () => PAD,
};

/** A one-line text of at most `max` characters (for the running footer), cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' '));
  return chars.length <= max ? chars.join('') : chars.slice(0, max - 1).join('') + '…';
}
