import type { Root, Table, TableCell, TableRow } from 'mdast';
import type { DpiaDocument } from '../model/document';
import type { TextEdit } from '../diagnostics';
import { dominantEol } from '../text/lines';
import { tablesMatch, type TableMarkers } from './table-fresh';
export type { TableMarkers } from './table-fresh';
import { lineAt } from '../parse/line-scan';
import { NOT_RESUMABLE } from '../parse/fences';
import type { Register, UnreadableBlock } from './register';
import { label, yearsText, type LabelKey } from './labels';
import { formatPercent } from '../i18n/format';
import { unreadableText } from './unreadable';

export const TABLE_START = '<!-- dpia:risk-table -->';
export const TABLE_END = '<!-- /dpia:risk-table -->';

/** remark-stringify, loaded on first use (see table-stringify.ts): checking never needs it. */
let stringifier: typeof import('./table-stringify') | undefined;
const stringify = (root: Root) => (stringifier ??= require('./table-stringify') as typeof import('./table-stringify')).stringifyMarkdown(root);

/** Text on one line: each line break, with the spaces around it, becomes one space (linear; a regex with `\s*` on both sides is not). */
export function oneLine(text: string): string {
  const pieces = text.split(/[\r\n]+/);
  if (pieces.length === 1) return text;
  const last = pieces.length - 1;
  return pieces
    .map((p, i) => (i > 0 ? p.trimStart() : p))
    .map((p, i) => (i < last ? p.trimEnd() : p))
    .filter((p, i) => p !== '' || i === 0 || i === last)
    .join(' ');
}

function cell(text: string): TableCell {
  // Newlines cannot live in a GFM table cell; pipes are escaped by remark-stringify.
  return { type: 'tableCell', children: [{ type: 'text', value: oneLine(text) }] };
}

function gfm(cells: string[][]): string {
  const toRow = (row: string[]): TableRow => ({ type: 'tableRow', children: row.map(cell) });
  const table: Table = { type: 'table', align: cells[0].map(() => null), children: cells.map(toRow) };
  const root: Root = { type: 'root', children: [table] };
  return stringify(root);
}

/** Header and rows of the transfer table. */
export function transferCells(reg: Register): string[][] {
  const l = (k: LabelKey) => label(k, reg.lang);
  return [
    [l('id'), l('country'), l('tool'), l('safeguards'), l('probability'), l('residual')],
    ...reg.transfers.map((t) =>
      t.unreadable
        ? [t.id, unreadableText(t.unreadable, reg.lang), '?', '?', '?', '?']
        : [
            t.id,
            t.country ? `${t.country}${t.countryName ? ` (${t.countryName})` : ''}` : '–',
            t.tool ?? '–',
            t.safeguards.join(', ') || '–',
            t.probability === undefined ? '–' : `${formatPercent(t.probability, reg.lang)} / ${yearsText(t.years ?? 1, reg.lang)}`,
            t.residual?.label ?? '–',
          ],
    ),
  ];
}

/** A mitigation in the table: its id (or text), marked when overdue. */
function mitigationText(x: Register['risks'][number]['mitigations'][number], reg: Register): string {
  const name = x.measure ?? x.title;
  return x.overdue ? `${name} (${label('overdueSince', reg.lang, x.due!)})` : name;
}

/** Header and rows of the risk table. */
export function riskCells(reg: Register): string[][] {
  const l = (k: LabelKey) => label(k, reg.lang);
  return [
    [l('id'), l('risk'), l('likelihood'), l('impact'), l('inherent'), l('mitigations'), l('residual'), l('status')],
    ...reg.risks.map((r) =>
      r.unreadable
        ? [r.id, unreadableText(r.unreadable, reg.lang), '?', '?', '?', '?', '?', r.status]
        : [
            r.id,
            r.title,
            r.likelihood,
            r.impact,
            r.inherent?.label ?? '?',
            r.mitigations.map((x) => mitigationText(x, reg)).join(', ') || '–',
            r.residual?.label ?? '–',
            r.status,
          ],
    ),
  ];
}

/** The tables the register shows: risks (unless there are only transfers), then transfers. */
function registerCells(reg: Register): string[][][] {
  const tables: string[][][] = [];
  if (reg.risks.length || !reg.transfers.length) tables.push(riskCells(reg));
  if (reg.transfers.length) tables.push(transferCells(reg));
  return tables;
}

/** The transfers as a GFM table: country, tool, safeguards, probability over the period, residual. */
export function transferTable(reg: Register): string {
  return gfm(transferCells(reg));
}

// Global on purpose (not per document): the last result of a pure function, keyed by its whole input (the cells).
let memo: { key: string; markdown: string } | undefined;

/** The register as Markdown (remark-stringify with GFM tables); memoised, since stringifying is the costly part. */
export function registerMarkdown(reg: Register): string {
  const tables = registerCells(reg);
  const key = JSON.stringify(tables);
  if (memo?.key !== key) memo = { key, markdown: tables.map(gfm).join('\n') };
  return memo.markdown;
}

/** The risk register as a GFM table (Markdown, "\n" line ends). */
export function registerTable(reg: Register): string {
  return gfm(riskCells(reg));
}


/** Lines (in order) that hold only `marker`, at the document's top level, at or after line `from`. */
function markerLines(doc: DpiaDocument, marker: string, from: number): number[] {
  const out: number[] = [];
  // Searching the text is much cheaper than trimming every line of a long document.
  for (let at = doc.text.indexOf(marker); at !== -1; at = doc.text.indexOf(marker, at + marker.length)) {
    const ln = lineAt(doc.scan.starts, at);
    // Only markers of the document itself count: not in a fence, HTML block, list or quote.
    if (ln >= from && doc.lines[ln].text.trim() === marker && doc.scan.states[ln] !== NOT_RESUMABLE) out.push(ln);
  }
  return out;
}

/** Lines of the start and end markers, outside fenced blocks; undefined when absent or unbalanced. */
export function findTableMarkers(doc: DpiaDocument): TableMarkers | undefined {
  const start = markerLines(doc, TABLE_START, 0)[0];
  if (start === undefined) return undefined;
  const end = markerLines(doc, TABLE_END, start + 1)[0];
  return end === undefined ? undefined : { start, end };
}

/** What should stand between the markers (with the document's line ends). */
export function tableBody(reg: Register, eol: string): string {
  return eol + registerMarkdown(reg).replace(/\n/g, eol) + eol;
}

/** Whether the tables between the markers show what the register holds (spacing does not count). */
export function tableIsFresh(doc: DpiaDocument, markers: TableMarkers, reg: Register): boolean {
  return tablesMatch(doc, markers, registerCells(reg));
}

/**
 * The edit that writes the table between the markers (only that text changes), or inserts the
 * markers with the table after the first heading following the front matter. A "could not be read
 * (line N)" row names the line the block will have once the edit is made.
 */
export function tableEdit(doc: DpiaDocument, reg: Register): { edit: TextEdit; stale: boolean; inserted: boolean } {
  const first = tableEditAt(doc, reg);
  const { range, newText } = first.edit;
  const eol = dominantEol(doc.text);
  const delta = newText.split(eol).length - 1 - (range.end.line - range.start.line);
  const after = (u: UnreadableBlock | undefined) => !!u && (u.line > range.end.line || (u.line === range.end.line && range.end.character === 0));
  if (!delta || !reg.unreadable.some(after)) return first;
  // The table has as many lines whatever the line numbers say, so one recomputation is enough.
  const shift = <T extends { unreadable?: UnreadableBlock }>(x: T): T => (after(x.unreadable) ? { ...x, unreadable: { ...x.unreadable!, at: x.unreadable!.at + delta } } : x);
  const shifted: Register = { ...reg, risks: reg.risks.map(shift), transfers: reg.transfers.map(shift) };
  return { ...first, edit: { range, newText: tableEditAt(doc, shifted).edit.newText } };
}

function tableEditAt(doc: DpiaDocument, reg: Register): { edit: TextEdit; stale: boolean; inserted: boolean } {
  const eol = dominantEol(doc.text);
  const markers = findTableMarkers(doc);
  if (markers) {
    const start = { line: markers.start, character: doc.lines[markers.start].text.length };
    const end = { line: markers.end, character: 0 };
    const stale = !tableIsFresh(doc, markers, reg);
    return { edit: { range: { start, end }, newText: tableBody(reg, eol) }, stale, inserted: false };
  }
  const body = tableBody(reg, eol);
  const after = doc.frontMatter ? doc.frontMatter.span.closeLine + 1 : 0;
  let heading = -1;
  for (let i = after; i < doc.lines.length; i++) {
    // A heading of the document itself: not in a fence, HTML block, list or quote (the scanner's state says).
    if (doc.scan.states[i] !== NOT_RESUMABLE && /^ {0,3}#{1,6}(\s|$)/.test(doc.lines[i].text)) {
      heading = i;
      break;
    }
  }
  const table = `${TABLE_START}${body}${TABLE_END}`;
  if (heading < 0 && !doc.frontMatter) {
    // No heading and no front matter: the table goes first, before the user's text.
    const at = { line: 0, character: 0 };
    return { edit: { range: { start: at, end: at }, newText: table + eol + eol }, stale: true, inserted: true };
  }
  const line = heading >= 0 ? heading : after - 1;
  const at = { line, character: doc.lines[line].text.length };
  return { edit: { range: { start: at, end: at }, newText: eol + eol + table }, stale: true, inserted: true };
}
