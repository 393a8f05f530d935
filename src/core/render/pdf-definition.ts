import type { Content, Style, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Register, RegisterMeasure, RegisterMitigation, RegisterRisk } from './register';
import { label, yearsText, type LabelKey } from './labels';
import { formatPercent } from '../i18n/format';
import { documentStatusLabel, statusLabel } from '../i18n/status-labels';
import type { Lang } from '../i18n/lang';
import { unreadableText, type UnreadableBlock } from './unreadable';
import { inventoryPdfSection } from './inventory-pdf';
import { clip, columns, PAGE, TABLE_LAYOUT, type Orientation } from './pdf-text';
import { ink, pdfCard, WARN } from './pdf-card';
import { exportLabel, kindLabel, riskCard } from './document-cards';
import type { ExportBlock } from './document-model';

export interface PdfOptions {
  /** Creation date written into the PDF (ISO date); fixed so identical input gives identical bytes. */
  date: string;
  /** The generation date printed on the title page ("Generated on …"), when the caller knows it (`--date`, the editor's today). */
  generated?: string;
}

const FONT = 'DejaVuSans';
type Margins = [number, number, number, number];

/**
 * Styles, spread inline into the nodes: pdfmake resolves a named style through a stack for every
 * property of every cell, which made up most of the rendering time of a large register.
 */
const S = {
  title: { fontSize: 22, bold: true, margin: [0, 40, 0, 4] as Margins },
  subtitle: { fontSize: 14, color: '#555555', margin: [0, 0, 0, 10] as Margins },
  h2: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] as Margins },
  h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] as Margins },
  th: { bold: true, fillColor: '#eeeeee' },
  small: { fontSize: 8 },
  table: { margin: [0, 0, 0, 8] as Margins },
  footer: { fontSize: 8, color: '#666666' },
} satisfies Record<string, Style>;

function levelCell(l: { label: string; color: string } | undefined): TableCell {
  return l ? { text: l.label, fillColor: l.color, color: ink(l.color), bold: true, alignment: 'center' } : { text: '–', alignment: 'center' };
}

/** A cell that says a block could not be read, in red so that it is seen. */
function unreadableCell(u: UnreadableBlock, lang: Lang): { text: string; color: string; bold: boolean } {
  return { text: unreadableText(u, lang), color: WARN, bold: true };
}

/** A register table: a repeated header row, the given widths and rows (each kept whole on one page), the shared layout. */
function dataTable(widths: number[], headers: string[], rows: TableCell[][]): Content {
  return { table: { headerRows: 1, dontBreakRows: true, widths, body: [header(headers), ...rows] }, layout: TABLE_LAYOUT, ...S.table };
}

/** A header row: bold, shaded. */
function header(cells: string[]): TableCell[] {
  return cells.map((t) => ({ text: t, ...S.th }));
}

/** A heat map (before or after mitigation) as a pdfmake table with its caption and override notes. */
export function heatTable(reg: Pick<Register, 'heat' | 'axes' | 'lang'>, which: 'before' | 'after', orientation: Orientation): Content {
  const h = reg.heat;
  // Two heat maps side by side, 20 pt apart: each gets half the page less the gap.
  // Thin cells (3 pt padding) and 2 pt white lines: level names such as "medium" stay whole.
  const widths = columns([64, ...h.cols.map(() => 150 / h.cols.length)], orientation, { share: 0.5 - 10 / (PAGE[orientation] - 2 * PAGE.margin), lines: 2 * (h.cols.length + 2), pad: 3 });
  const body: TableCell[][] = [
    [{ text: `${reg.axes.impact} \\ ${reg.axes.likelihood}`, ...S.small }, ...h.cols.map((c) => ({ text: c, ...S.th, alignment: 'center' as const }))],
    ...h.rows.map((r, i) => [
      { text: r, ...S.th },
      ...h.cols.map((_, j) => {
        const n = h[which][i][j];
        const mark = h.overrides[which].some((o) => o.row === i && o.col === j) ? '*' : '';
        return { text: n ? String(n) + mark : '', fillColor: h.colors[i][j], color: ink(h.colors[i][j]), bold: true, fontSize: 14, alignment: 'center' as const, margin: [0, 6, 0, 6] as Margins };
      }),
    ]),
  ];
  return {
    stack: [
      { text: label(which === 'before' ? 'before' : 'after', reg.lang), ...S.h3 },
      { table: { widths, body }, layout: { hLineColor: '#ffffff', vLineColor: '#ffffff', hLineWidth: () => 2, vLineWidth: () => 2, paddingLeft: () => 3, paddingRight: () => 3 } },
      ...h.overrides[which].map((o) => ({ text: label('heatOverride', reg.lang, o.id, o.level, o.matrixLevel), ...S.small, margin: [0, 4, 0, 0] as Margins })),
    ],
  };
}

/** The due date of a measure, or "overdue since …" when it is past and the measure not done. */
function dueText(m: { due?: string; overdue?: boolean }, lang: Lang): string {
  return m.due ? (m.overdue ? label('overdueSince', lang, m.due) : m.due) : '–';
}

function measuresSection(reg: Register, orientation: Orientation): Content[] {
  const l = (k: LabelKey) => label(k, reg.lang);
  const groups: [string, RegisterMeasure[]][] = [
    [l('organisation'), reg.measures.filter((m) => m.party === 'organisation')],
    [l('supplier'), reg.measures.filter((m) => m.party === 'supplier')],
    [l('unassigned'), reg.measures.filter((m) => m.party !== 'organisation' && m.party !== 'supplier')],
  ];
  if (!reg.measures.length) return [];
  const widths = columns([110, 150, 72, 72, 50, 62], 'portrait');
  const out: Content[] = [{ text: l('measures'), ...S.h2, ...(orientation === 'portrait' ? {} : { pageBreak: 'before' as const, pageOrientation: 'portrait' as const }) }];
  for (const [name, list] of groups) {
    if (!list.length) continue;
    out.push({ text: `${name} (${list.length})`, ...S.h3 });
    out.push(
      dataTable(
        widths,
        [l('id'), l('measures'), l('status'), l('due'), l('owner'), l('usedBy')],
        list.map((m): TableCell[] => {
            if (m.unreadable) return [m.id ?? '?', unreadableCell(m.unreadable, reg.lang), '?', '?', '?', '?'];
            const due = dueText(m, reg.lang);
            return [m.id ?? '–', m.title, m.status ? statusLabel(m.status, reg.lang) : '–', m.overdue ? { text: due, color: WARN, bold: true } : due, m.owner ?? '–', m.risks.join(', ') || '–'];
          }),
      ),
    );
  }
  return out;
}

/** A mitigation in the register: id or text, with status and due date ("overdue since …" when late). */
function mitigationLine(m: RegisterMitigation, lang: Lang): Content {
  const facts = [m.status && statusLabel(m.status, lang), m.due && dueText(m, lang)].filter(Boolean).join(', ');
  const text = `${m.measure ?? m.title}${facts ? ` (${facts})` : ''}`;
  return m.overdue ? { text, color: WARN } : text;
}

function registerTable(reg: Register): Content {
  const l = (k: LabelKey) => label(k, reg.lang);
  // Landscape; the Residual and Status columns always fit, however long a title or id.
  const widths = columns([40, 180, 55, 50, 55, 165, 55, 110], 'landscape');
  return dataTable(
    widths,
    [l('id'), l('risk'), l('likelihood'), l('impact'), l('inherent'), l('mitigations'), l('residual'), l('status')],
    reg.risks.map((r): TableCell[] =>
          r.unreadable
            ? [{ text: r.id, bold: true }, unreadableCell(r.unreadable, reg.lang), '?', '?', '?', '?', '?', { text: r.status, color: WARN, bold: true }]
            : [
                { text: r.id, bold: true },
                r.title,
                r.likelihood,
                r.impact,
                levelCell(r.inherent),
                { ul: r.mitigations.map((m) => mitigationLine(m, reg.lang)), ...S.small },
                levelCell(r.residual),
                r.residualAbove
                  ? { text: `${r.status}\n${label('residualAboveShort', reg.lang)}`, color: WARN, bold: true }
                  : r.acceptance?.expired ? { text: r.status, color: WARN, bold: true } : r.status,
              ],
        )
  );
}

function acceptedTable(reg: Register, accepted: RegisterRisk[], orientation: Orientation): Content {
  const l = (k: LabelKey) => label(k, reg.lang);
  const widths = columns([35, 170, 85, 70, 110, 100], orientation);
  return dataTable(
    widths,
    [l('id'), l('risk'), l('acceptedBy'), l('date'), l('until'), l('rationale')],
    accepted.map((r): TableCell[] => {
          const a = r.acceptance!;
          const until = a.until ? (a.expired ? { text: label('expiredOn', reg.lang, a.until), color: WARN, bold: true } : a.until) : '–';
          const consultation = r.consultation ? `\n${l('consultation')}: ${[r.consultation.authority, r.consultation.date, r.consultation.reference].filter(Boolean).join(', ')}` : '';
          return [r.id, r.title + consultation, a.by ?? '–', a.date ?? '–', until, a.rationale ?? ''];
        }),
  );
}

function transferTable(reg: Register, orientation: Orientation): Content {
  const l = (k: LabelKey) => label(k, reg.lang);
  const widths = columns([90, 60, 70, 100, 140, 75, 55], orientation);
  return dataTable(
    widths,
    [l('transfer'), l('country'), l('tool'), l('data'), l('safeguards'), l('probability'), l('residual')],
    reg.transfers.map((t): TableCell[] =>
          t.unreadable
            ? [{ text: t.id, bold: true }, { ...unreadableCell(t.unreadable, reg.lang), colSpan: 4 }, '', '', '', '?', '?']
            : [
                { text: [{ text: t.id, bold: true }, ...(t.title ? [{ text: `\n${t.title}`, ...S.small }] : [])] },
                t.country ? `${t.country}${t.countryName ? `\n${t.countryName}` : ''}` : '–',
                t.tool ?? '–',
                t.data.length ? { ul: t.data, ...S.small } : '–',
                { ul: (t.safeguards.length ? t.safeguards : ['–']), ...S.small },
                t.probability === undefined ? '–' : `${formatPercent(t.probability, reg.lang)} (${yearsText(t.years ?? 1, reg.lang)})`,
                levelCell(t.residual),
              ],
        )
  );
}

/** The risk register as a pdfmake document: title page, heat maps, register, measures, acceptances, transfers. */
export function pdfDefinition(reg: Register, options: PdfOptions): TDocumentDefinitions {
  const l = (k: LabelKey, ...a: string[]) => label(k, reg.lang, ...a);
  const created = new Date(`${options.date}T00:00:00Z`);
  const full = PAGE.portrait - 2 * PAGE.margin;
  const meta: [string, string | undefined][] = [
    [l('organisationField'), reg.meta.organisation],
    [l('version'), reg.meta.version],
    [l('date'), reg.meta.date],
    [l('documentStatus'), reg.meta.status && documentStatusLabel(reg.meta.status, reg.lang)],
    [l('authors'), reg.meta.authors.join(', ') || undefined],
    [l('reviewers'), reg.meta.reviewers.join(', ') || undefined],
  ];
  const metaRows = meta.filter(([, v]) => v).map(([k, v]): TableCell[] => [{ text: k, ...S.th }, v!]);
  const content: Content[] = [
    { text: reg.title, ...S.title },
    { text: l('register'), ...S.subtitle },
    // pdfmake cannot lay out a table without rows.
    ...(metaRows.length ? [{ table: { widths: [110, full - 130], body: metaRows }, layout: 'noBorders', margin: [0, 10, 0, 4] } as Content] : []),
    ...(options.generated ? [{ text: exportLabel('generated', reg.lang, options.generated), ...S.small, color: '#555555', margin: [0, 0, 0, 10] as Margins }] : []),
  ];
  if (reg.unreadable.length) {
    const lines = reg.unreadable.map((u) => `${l(`${u.kind}_block`)}${u.id ? ` ${u.id}` : ''}: ${unreadableText(u, reg.lang)}`);
    content.push({ text: lines.join('\n'), color: WARN, bold: true, margin: [0, 0, 0, 10] });
  }
  if (reg.dpo) {
    const d = reg.dpo;
    const lines = [d.name && `${d.name}${d.date ? `, ${d.date}` : ''}`, d.advice, d.followed !== undefined && `${l('followed')}: ${d.followed ? l('yes') : l('no')}${d.reason ? `: ${d.reason}` : ''}`].filter(Boolean) as string[];
    content.push({ text: l('dpo'), ...S.h3 }, { text: lines.join('\n'), margin: [0, 0, 0, 10] });
  }
  let orientation: Orientation = 'portrait';
  const hasRisks = reg.risks.length > 0 || !reg.transfers.length;
  if (hasRisks) {
    content.push(
      { text: `${l('heatmap')} (${reg.matrix})`, ...S.h2 },
      { columns: [heatTable(reg, 'before', orientation), heatTable(reg, 'after', orientation)], columnGap: 20 },
      { text: l('register'), ...S.h2, pageBreak: 'before', pageOrientation: 'landscape' },
      registerTable(reg),
    );
    orientation = 'landscape';
    // Each risk as a card: what the table leaves out (description, origin, motivations, acceptance, flags).
    if (reg.risks.length) {
      content.push({ text: l('riskDetails'), ...S.h2, pageBreak: 'before', pageOrientation: 'portrait' }, ...reg.risks.map((r) => pdfCard(riskCard(r, reg) as Extract<ExportBlock, { type: 'card' }>, full, kindLabel('risk', reg.lang))));
      orientation = 'portrait';
    }
  }
  const measures = measuresSection(reg, orientation);
  if (measures.length) orientation = 'portrait';
  content.push(...measures);
  const accepted = reg.risks.filter((r) => r.acceptance);
  if (accepted.length) content.push({ text: l('accepted'), ...S.h2 }, acceptedTable(reg, accepted, orientation));
  if (reg.transfers.length) {
    if (!hasRisks) orientation = 'landscape';
    content.push({ text: l('transfers'), ...S.h2, ...(hasRisks ? {} : { pageBreak: 'before' as const, pageOrientation: 'landscape' as const }) }, transferTable(reg, orientation));
  }
  content.push(...inventoryPdfSection(reg.inventory, orientation));
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [PAGE.margin, 45, PAGE.margin, 45],
    info: { title: reg.title, author: reg.meta.authors.join(', '), subject: l('register'), creator: 'DPIA Assistant', producer: 'DPIA Assistant', creationDate: created, modDate: created } as TDocumentDefinitions['info'],
    defaultStyle: { font: FONT, fontSize: 9, lineHeight: 1.15 },
    footer: (page: number, pages: number) => ({
      columns: [{ text: clip(reg.title, 70), ...S.footer }, { text: `${l('page')} ${page} ${l('of')} ${pages}`, ...S.footer, alignment: 'right', width: 90 }],
      margin: [PAGE.margin, 15, PAGE.margin, 0],
    }),
    content,
  };
}
