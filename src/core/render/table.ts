import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Root, Table, TableCell, TableRow } from 'mdast';
import type { DpiaDocument } from '../model/document';
import type { TextEdit } from '../diagnostics';
import { dominantEol } from '../text/lines';
import type { Register } from './register';
import { label } from './labels';
import { percent } from '../model/transfer';

export const TABLE_START = '<!-- dpia:risk-table -->';
export const TABLE_END = '<!-- /dpia:risk-table -->';

const processor = unified().use(remarkGfm).use(remarkStringify);

function cell(text: string): TableCell {
  // Newlines cannot live in a GFM table cell; pipes are escaped by remark-stringify.
  return { type: 'tableCell', children: [{ type: 'text', value: text.replace(/\s*[\r\n]+\s*/g, ' ') }] };
}

function gfm(header: string[], rows: string[][]): string {
  const toRow = (cells: string[]): TableRow => ({ type: 'tableRow', children: cells.map(cell) });
  const table: Table = { type: 'table', align: header.map(() => null), children: [toRow(header), ...rows.map(toRow)] };
  const root: Root = { type: 'root', children: [table] };
  return processor.stringify(root);
}

/** The transfers as a GFM table: country, tool, safeguards, probability over the period, residual. */
export function transferTable(reg: Register): string {
  const l = (k: Parameters<typeof label>[0]) => label(k, reg.lang);
  return gfm(
    [l('id'), l('country'), l('tool'), l('safeguards'), l('probability'), l('residual')],
    reg.transfers.map((t) => [
      t.id,
      t.country ? `${t.country}${t.countryName ? ` (${t.countryName})` : ''}` : '–',
      t.tool ?? '–',
      t.safeguards.join(', ') || '–',
      t.probability === undefined ? '–' : `${percent(t.probability)} / ${t.years} ${reg.lang === 'nl' ? 'jaar' : t.years === 1 ? 'year' : 'years'}`,
      t.residual?.label ?? '–',
    ]),
  );
}

/** The register as Markdown: the risk table, then the transfer table when there are transfers. */
export function registerMarkdown(reg: Register): string {
  const parts: string[] = [];
  if (reg.risks.length || !reg.transfers.length) parts.push(registerTable(reg));
  if (reg.transfers.length) parts.push(transferTable(reg));
  return parts.join('\n');
}

/** The risk register as a GFM table (Markdown, "\n" line ends). */
export function registerTable(reg: Register): string {
  const l = (k: Parameters<typeof label>[0]) => label(k, reg.lang);
  const head: TableRow = {
    type: 'tableRow',
    children: [l('id'), l('risk'), l('likelihood'), l('impact'), l('inherent'), l('mitigations'), l('residual'), l('status')].map(cell),
  };
  const rows: TableRow[] = reg.risks.map((r) => ({
    type: 'tableRow',
    children: [
      r.id,
      r.title,
      r.likelihood,
      r.impact,
      r.inherent?.label ?? '?',
      r.mitigations.map((x) => x.measure ?? x.title).join(', ') || '–',
      r.residual?.label ?? '–',
      r.status,
    ].map(cell),
  }));
  const table: Table = { type: 'table', align: [null, null, null, null, null, null, null, null], children: [head, ...rows] };
  const root: Root = { type: 'root', children: [table] };
  return processor.stringify(root);
}

export interface TableMarkers {
  start: number;
  end: number;
}

/** Lines of the start and end markers, outside fenced blocks; undefined when absent or unbalanced. */
export function findTableMarkers(doc: DpiaDocument): TableMarkers | undefined {
  const inFence = (ln: number) => doc.fences.some((f) => ln >= f.openLine && ln <= (f.closeLine ?? doc.lines.length));
  let start: number | undefined;
  for (let i = 0; i < doc.lines.length; i++) {
    const t = doc.lines[i].text.trim();
    if (t !== TABLE_START && t !== TABLE_END) continue;
    if (inFence(i)) continue;
    if (t === TABLE_START && start === undefined) start = i;
    else if (t === TABLE_END && start !== undefined) return { start, end: i };
  }
  return undefined;
}

/** What should stand between the markers (with the document's line ends). */
export function tableBody(reg: Register, eol: string): string {
  return eol + registerMarkdown(reg).replace(/\n/g, eol) + eol;
}

/**
 * The edit that writes the table between the markers (only that text changes), or inserts the
 * markers with the table after the first heading following the front matter.
 */
export function tableEdit(doc: DpiaDocument, reg: Register): { edit: TextEdit; stale: boolean; inserted: boolean } {
  const eol = dominantEol(doc.text);
  const body = tableBody(reg, eol);
  const markers = findTableMarkers(doc);
  if (markers) {
    const start = { line: markers.start, character: doc.lines[markers.start].text.length };
    const end = { line: markers.end, character: 0 };
    const current = doc.lines.slice(markers.start, markers.end).map((l, i) => (i === 0 ? '' : l.text) + l.eol).join('');
    return { edit: { range: { start, end }, newText: body }, stale: normalise(current) !== normalise(body), inserted: false };
  }
  const after = doc.frontMatter ? doc.frontMatter.span.closeLine + 1 : 0;
  const fenceLines = (ln: number) => doc.fences.some((f) => ln >= f.openLine && ln <= (f.closeLine ?? doc.lines.length));
  let heading = -1;
  for (let i = after; i < doc.lines.length; i++) {
    if (/^ {0,3}#{1,6}(\s|$)/.test(doc.lines[i].text) && !fenceLines(i)) {
      heading = i;
      break;
    }
  }
  const line = heading >= 0 ? heading : Math.max(0, after - 1);
  const at = { line, character: doc.lines[line].text.length };
  const lead = heading >= 0 || doc.frontMatter ? eol + eol : '';
  return { edit: { range: { start: at, end: at }, newText: `${lead}${TABLE_START}${body}${TABLE_END}` }, stale: true, inserted: true };
}

/** Whitespace and line ends do not make a table stale. */
function normalise(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').trim();
}
