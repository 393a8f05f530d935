// Column widths of a table of text, for the PDF and the Word writer alike: every column at least as
// wide as its longest word (up to a cap, so a URL cannot take the page), the rest of the width shared
// by how much text each column holds (also capped). Shorter columns such as levels and ids stay
// readable beside long descriptions.
import type { Cell } from '../render/document-model';

const text = (c: Cell | undefined) => (c?.inlines ?? []).map((i) => (i.type === 'break' ? ' ' : i.text)).join('');

/**
 * Widths in the unit of `total` (points or twips). `charWidth`: the width of an average character of
 * the table's font in that unit; `pad`: what a cell's padding takes of its width (0 when the writer
 * adds the padding outside the width, as pdfmake does).
 */
export function fitColumns(rows: Cell[][], total: number, charWidth: number, pad = 0): number[] {
  const n = Math.max(1, ...rows.map((r) => r.length));
  const longest = Array<number>(n).fill(1);
  const amount = Array<number>(n).fill(1);
  for (const r of rows) {
    for (let j = 0; j < n; j++) {
      const t = text(r[j]);
      let word = 0;
      for (const w of t.split(/\s+/)) word = Math.max(word, Array.from(w).length);
      longest[j] = Math.max(longest[j], Math.min(word, 16));
      amount[j] = Math.max(amount[j], Math.min(t.length, 240));
    }
  }
  // One character more than the longest word: bold capitals are wider than the average character.
  const min = longest.map((l) => (l + 1) * charWidth + pad);
  const sumMin = min.reduce((a, b) => a + b, 0);
  if (sumMin >= total) return min.map((m) => Math.floor((m / sumMin) * total));
  const extra = total - sumMin;
  const sumAmount = amount.reduce((a, b) => a + b, 0);
  return min.map((m, j) => Math.floor(m + (amount[j] / sumAmount) * extra));
}
