import type { Content, Style, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Register, RegisterMeasure } from './register';
import { label, type LabelKey } from './labels';
import { percent } from '../model/transfer';

export interface PdfOptions {
  /** Creation date written into the PDF (ISO date); fixed so identical input gives identical bytes. */
  date: string;
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

/** Text colour that stays readable on a level colour. */
function ink(bg: string): string {
  const n = parseInt(bg.slice(1), 16);
  const lum = 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return lum < 140 ? '#ffffff' : '#000000';
}

function levelCell(l: { label: string; color: string } | undefined): TableCell {
  return l ? { text: l.label, fillColor: l.color, color: ink(l.color), bold: true, alignment: 'center' } : { text: '–', alignment: 'center' };
}

function heatTable(reg: Register, which: 'before' | 'after'): Content {
  const h = reg.heat;
  const body: TableCell[][] = [
    [{ text: `${reg.axes.impact} \\ ${reg.axes.likelihood}`, ...S.small }, ...h.cols.map((c) => ({ text: c, ...S.th, alignment: 'center' as const }))],
    ...h.rows.map((r, i) => [
      { text: r, ...S.th },
      ...h.cols.map((_, j) => {
        const n = h[which][i][j];
        return { text: n ? String(n) : '', fillColor: h.colors[i][j], color: ink(h.colors[i][j]), bold: true, fontSize: 14, alignment: 'center' as const, margin: [0, 6, 0, 6] as [number, number, number, number] };
      }),
    ]),
  ];
  return {
    stack: [
      { text: label(which === 'before' ? 'before' : 'after', reg.lang), ...S.h3 },
      { table: { widths: [55, ...h.cols.map(() => Math.floor(140 / h.cols.length))], body }, layout: { hLineColor: '#ffffff', vLineColor: '#ffffff', hLineWidth: () => 2, vLineWidth: () => 2 } },
    ],
  };
}

function measuresSection(reg: Register): Content[] {
  const l = (k: LabelKey) => label(k, reg.lang);
  const groups: [string, RegisterMeasure[]][] = [
    [l('organisation'), reg.measures.filter((m) => m.party === 'organisation')],
    [l('supplier'), reg.measures.filter((m) => m.party === 'supplier')],
    [l('unassigned'), reg.measures.filter((m) => m.party !== 'organisation' && m.party !== 'supplier')],
  ];
  if (!reg.measures.length) return [];
  const out: Content[] = [{ text: l('measures'), ...S.h2, pageBreak: 'before', pageOrientation: 'portrait' }];
  for (const [name, list] of groups) {
    if (!list.length) continue;
    out.push({ text: `${name} (${list.length})`, ...S.h3 });
    out.push({
      table: {
        headerRows: 1,
        widths: [95, '*', 60, 55, 55, 50],
        body: [
          ['Id', l('measures'), l('status'), l('due'), l('owner'), l('usedBy')].map((t) => ({ text: t, ...S.th })),
          ...list.map((m) => [m.id ?? '–', m.title, m.status ?? '–', m.due ?? '–', m.owner ?? '–', m.risks.join(', ') || '–']),
        ],
      },
      layout: 'lightHorizontalLines',
      ...S.table,
    });
  }
  return out;
}

/** The risk register as a pdfmake document: title page, heat maps, register, measures, acceptances, transfers. */
export function pdfDefinition(reg: Register, options: PdfOptions): TDocumentDefinitions {
  const l = (k: LabelKey, ...a: string[]) => label(k, reg.lang, ...a);
  const created = new Date(`${options.date}T00:00:00Z`);
  const meta: [string, string | undefined][] = [
    [l('organisationField'), reg.meta.organisation],
    [l('version'), reg.meta.version],
    [l('date'), reg.meta.date],
    [l('documentStatus'), reg.meta.status],
    [l('authors'), reg.meta.authors.join(', ') || undefined],
    [l('reviewers'), reg.meta.reviewers.join(', ') || undefined],
  ];
  const metaRows = meta.filter(([, v]) => v).map(([k, v]): TableCell[] => [{ text: k, ...S.th }, v!]);
  const content: Content[] = [
    { text: reg.title, ...S.title },
    { text: l('register'), ...S.subtitle },
    // pdfmake cannot lay out a table without rows.
    ...(metaRows.length ? [{ table: { widths: [110, '*'], body: metaRows }, layout: 'noBorders', margin: [0, 10, 0, 10] } as Content] : []),
  ];
  if (reg.dpo) {
    const d = reg.dpo;
    const lines = [d.name && `${d.name}${d.date ? `, ${d.date}` : ''}`, d.advice, d.followed !== undefined && `${l('followed')}: ${d.followed ? l('yes') : l('no')}${d.reason ? `: ${d.reason}` : ''}`].filter(Boolean) as string[];
    content.push({ text: l('dpo'), ...S.h3 }, { text: lines.join('\n'), margin: [0, 0, 0, 10] });
  }
  const hasRisks = reg.risks.length > 0 || !reg.transfers.length;
  if (hasRisks) content.push(
    { text: `${l('heatmap')} (${reg.matrix})`, ...S.h2 },
    { columns: [heatTable(reg, 'before'), heatTable(reg, 'after')], columnGap: 20 },
    { text: l('register'), ...S.h2, pageBreak: 'before', pageOrientation: 'landscape' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [30, '*', 60, 50, 55, '*', 58, 90],
        body: [
          [l('id'), l('risk'), l('likelihood'), l('impact'), l('inherent'), l('mitigations'), l('residual'), l('status')].map((t) => ({ text: t, ...S.th })),
          ...reg.risks.map((r) => [
            { text: r.id, bold: true },
            r.title,
            r.likelihood,
            r.impact,
            levelCell(r.inherent),
            { ul: r.mitigations.map((m) => `${m.measure ?? m.title}${m.status ? ` (${m.status}${m.due ? `, ${m.due}` : ''})` : m.due ? ` (${m.due})` : ''}`), ...S.small },
            levelCell(r.residual),
            r.status,
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      ...S.table,
    },
  );
  content.push(...measuresSection(reg));
  const accepted = reg.risks.filter((r) => r.acceptance);
  if (accepted.length) {
    content.push({ text: l('accepted'), ...S.h2 }, {
      table: {
        headerRows: 1,
        widths: [35, '*', 80, 55, 55, '*'],
        body: [
          [l('id'), l('risk'), l('acceptedBy'), l('date'), l('until'), l('rationale')].map((t) => ({ text: t, ...S.th })),
          ...accepted.map((r) => [
            r.id,
            r.title + (r.consultation ? `\n${l('consultation')}: ${[r.consultation.authority, r.consultation.date, r.consultation.reference].filter(Boolean).join(', ')}` : ''),
            r.acceptance!.by ?? '–',
            r.acceptance!.date ?? '–',
            r.acceptance!.until ?? '–',
            r.acceptance!.rationale ?? '',
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      ...S.table,
    });
  }
  if (reg.transfers.length) {
    content.push({ text: l('transfers'), ...S.h2, ...(hasRisks ? {} : { pageBreak: 'before' as const, pageOrientation: 'landscape' as const }) }, {
      table: {
        headerRows: 1,
        widths: [35, 45, 70, '*', 70, 60],
        body: [
          [l('id'), l('country'), l('tool'), l('safeguards'), l('probability'), l('residual')].map((t) => ({ text: t, ...S.th })),
          ...reg.transfers.map((t) => [
            { text: t.id, bold: true },
            t.country ? `${t.country}${t.countryName ? `\n${t.countryName}` : ''}` : '–',
            t.tool ?? '–',
            { ul: t.safeguards.length ? t.safeguards : ['–'], ...S.small },
            t.probability === undefined ? '–' : `${percent(t.probability)} (${t.years} ${reg.lang === 'nl' ? 'jaar' : 'yr'})`,
            levelCell(t.residual),
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      ...S.table,
    });
  }
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 45, 40, 45],
    info: { title: reg.title, author: reg.meta.authors.join(', '), subject: l('register'), creator: 'DPIA Assistant', producer: 'DPIA Assistant', creationDate: created, modDate: created } as TDocumentDefinitions['info'],
    defaultStyle: { font: FONT, fontSize: 9, lineHeight: 1.15 },
    footer: (page: number, pages: number) => ({
      columns: [{ text: reg.title, ...S.footer }, { text: `${l('page')} ${page} ${l('of')} ${pages}`, ...S.footer, alignment: 'right' }],
      margin: [40, 15, 40, 0],
    }),
    content,
  };
}
