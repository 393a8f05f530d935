import type { DpiaDocument } from '../model/document';
import type { Line } from '../text/lines';

/** Lines of the risk table's start and end markers. */
export interface TableMarkers {
  start: number;
  end: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const codePoint = (n: number) => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\uFFFD');

/** A cell's text as written by remark-stringify, back to plain text: backslash escapes and character references. */
function unescapeCell(c: string): string {
  // One pass, left to right, as CommonMark reads it: an escaped "&" starts no character reference.
  return c.replace(/\\([!-/:-@[-`{-~])|&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/gi, (m, esc: string, hex: string, dec: string, name: string) =>
    esc ? esc : hex ? codePoint(parseInt(hex, 16)) : dec ? codePoint(Number(dec)) : (ENTITIES[name.toLowerCase()] ?? m),
  );
}

/** Cells of the GFM tables in some lines (delimiter rows skipped, `\|` unescaped). */
function parseTables(lines: readonly string[]): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line.startsWith('|')) {
      current = undefined;
      continue;
    }
    // No two `\s*` side by side (their backtracking is quadratic in a run of spaces).
    if (/^\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$/.test(line)) continue;
    const cells = line
      .replace(/^\|/, '')
      .replace(/(?<!\\)\|\s*$/, '')
      .split(/(?<!\\)\|/)
      .map((c) => unescapeCell(c.trim()).replace(/\s+/g, ' '));
    if (!current) tables.push((current = []));
    current.push(cells);
  }
  return tables;
}

/**
 * The tables parsed per document, keyed by the start marker's line object and checked by the identity of
 * the lines between the markers: an edit elsewhere keeps the same line objects. Each document has its own
 * line objects, so documents do not share entries, and an entry goes with its document's lines.
 */
const parsed = new WeakMap<Line, { lines: readonly Line[]; tables: string[][][] }>();

function tablesBetween(doc: DpiaDocument, markers: TableMarkers): string[][][] {
  const lines = doc.lines.slice(markers.start + 1, markers.end);
  const m = parsed.get(doc.lines[markers.start]);
  if (m && m.lines.length === lines.length && m.lines.every((l, i) => l === lines[i])) return m.tables;
  const tables = parseTables(lines.map((l) => l.text));
  parsed.set(doc.lines[markers.start], { lines, tables });
  return tables;
}

const normal = (c: string) => c.replace(/\s+/g, ' ').trim();

/** Whether the tables between the markers hold the expected cells (spacing and Markdown escapes do not count). */
export function tablesMatch(doc: DpiaDocument, markers: TableMarkers, expected: string[][][]): boolean {
  const existing = tablesBetween(doc, markers);
  return (
    existing.length === expected.length &&
    expected.every((table, t) =>
      table.length === existing[t].length &&
      table.every((row, r) => row.length === existing[t][r].length && row.every((c, k) => c === existing[t][r][k] || normal(c) === existing[t][r][k])),
    )
  );
}
