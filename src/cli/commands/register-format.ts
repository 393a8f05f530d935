// The organisation register as text, Markdown, JSON or CSV, in English or Dutch. Document text is
// escaped for each format: control characters in text, Markdown punctuation in Markdown, formula
// prefixes and quotes in CSV.
import type { OrgRegister } from '../../core/org-register/aggregate';
import { escapeMarkdown, plainText } from '../../core/features/escape';
import { escapeControls } from '../format';
import type { RegisterFormat } from './register-args';

type Lang = 'en' | 'nl';
const L = {
  title: { en: 'Organisation register', nl: 'Organisatieregister' },
  date: { en: 'Date', nl: 'Datum' },
  totals: { en: 'Totals', nl: 'Totalen' },
  documents: { en: 'documents', nl: 'documenten' },
  risks: { en: 'risks', nl: "risico's" },
  measures: { en: 'measures', nl: 'maatregelen' },
  overdueMeasures: { en: 'overdue measures', nl: 'verlopen maatregelen' },
  undatedMeasures: { en: 'open measures without a date', nl: 'open maatregelen zonder datum' },
  expired: { en: 'expired acceptances', nl: 'verlopen acceptaties' },
  expiring: { en: 'acceptances ending within', nl: 'acceptaties die aflopen binnen' },
  days: { en: 'days', nl: 'dagen' },
  overdueReviews: { en: 'documents overdue for review', nl: 'documenten waarvan de herbeoordeling te laat is' },
  stale: { en: 'stale documents', nl: 'verouderde documenten' },
  transfers: { en: 'transfers', nl: 'doorgiften' },
  errors: { en: 'errors', nl: 'fouten' },
  warnings: { en: 'warnings', nl: 'waarschuwingen' },
  heat: { en: 'Risks by inherent and residual level', nl: "Risico's naar bruto en netto niveau" },
  inherent: { en: 'Inherent', nl: 'Bruto' },
  residual: { en: 'Residual', nl: 'Netto' },
  count: { en: 'Count', nl: 'Aantal' },
  risksByDoc: { en: 'Risks by document', nl: "Risico's per document" },
  document: { en: 'Document', nl: 'Document' },
  risk: { en: 'Risk', nl: 'Risico' },
  titleCol: { en: 'Title', nl: 'Titel' },
  status: { en: 'Status', nl: 'Status' },
  acceptance: { en: 'Accepted until', nl: 'Geaccepteerd tot' },
  measuresAcross: { en: 'Measures across documents', nl: 'Maatregelen over documenten' },
  measure: { en: 'Measure', nl: 'Maatregel' },
  party: { en: 'Party', nl: 'Partij' },
  due: { en: 'Due', nl: 'Deadline' },
  usedBy: { en: 'Documents', nl: 'Documenten' },
  overdue: { en: 'overdue', nl: 'te laat' },
  noDate: { en: 'no date', nl: 'geen datum' },
  acceptances: { en: 'Acceptances expired or ending soon', nl: 'Verlopen of binnenkort aflopende acceptaties' },
  until: { en: 'Until', nl: 'Tot' },
  expiredMark: { en: 'expired', nl: 'verlopen' },
  endingMark: { en: 'ending', nl: 'loopt af' },
  reviews: { en: 'Documents due for review', nl: 'Documenten die aan herbeoordeling toe zijn' },
  review: { en: 'Review date', nl: 'Herbeoordelingsdatum' },
  lastChanged: { en: 'Last changed', nl: 'Laatst gewijzigd' },
  transfersBy: { en: 'Transfers by destination and tool', nl: 'Doorgiften naar bestemming en instrument' },
  country: { en: 'Country', nl: 'Land' },
  tool: { en: 'Tool', nl: 'Instrument' },
  none: { en: '(none)', nl: '(geen)' },
} as const;

const t = (k: keyof typeof L, lang: Lang) => L[k][lang];

interface Table {
  title: string;
  head: string[];
  rows: string[][];
}

function tables(reg: OrgRegister, lang: Lang): Table[] {
  const mark = (on: boolean | undefined, k: keyof typeof L) => (on ? t(k, lang) : '');
  return [
    { title: t('heat', lang), head: [t('inherent', lang), t('residual', lang), t('count', lang)], rows: reg.heat.map((h) => [h.inherent.label, h.residual?.label ?? '—', String(h.count)]) },
    {
      title: t('risksByDoc', lang),
      head: [t('document', lang), t('risk', lang), t('titleCol', lang), t('inherent', lang), t('residual', lang), t('status', lang), t('acceptance', lang)],
      rows: reg.risks.map((r) => [r.document, r.id, r.title, r.inherent?.label ?? '', r.residual?.label ?? '', r.status, r.acceptanceUntil ? `${r.acceptanceUntil}${r.acceptanceExpired ? ` (${t('expiredMark', lang)})` : r.acceptanceExpiring ? ` (${t('endingMark', lang)})` : ''}` : '']),
    },
    {
      title: t('measuresAcross', lang),
      head: [t('measure', lang), t('titleCol', lang), t('party', lang), t('status', lang), t('due', lang), '', t('usedBy', lang)],
      rows: reg.measures.map((m) => [m.id ?? '', m.title, m.party ?? '', m.status ?? '', m.due ?? '', [mark(m.overdue, 'overdue'), mark(m.noDate, 'noDate')].filter(Boolean).join(', '), `${m.documents.length}: ${m.documents.join(', ')}`]),
    },
    { title: t('acceptances', lang), head: [t('document', lang), t('risk', lang), t('until', lang), ''], rows: reg.acceptances.map((a) => [a.document, a.risk, a.until, a.expired ? t('expiredMark', lang) : t('endingMark', lang)]) },
    {
      title: t('reviews', lang),
      head: [t('document', lang), t('review', lang), t('lastChanged', lang), ''],
      rows: reg.reviews.map((r) => [r.document, r.review ?? '', r.lastChanged ?? '', [mark(r.overdue, 'overdue'), mark(r.stale, 'stale')].filter(Boolean).join(', ')]),
    },
    { title: t('transfersBy', lang), head: [t('country', lang), t('tool', lang), t('transfers', lang), t('usedBy', lang)], rows: reg.transfers.map((x) => [x.countryName ? `${x.country} (${x.countryName})` : x.country, x.tool, String(x.count), x.documents.join(', ')]) },
  ];
}

function totals(reg: OrgRegister, lang: Lang): string[] {
  const x = reg.totals;
  return [
    `${x.documents} ${t('documents', lang)}, ${x.risks} ${t('risks', lang)}, ${x.measures} ${t('measures', lang)}, ${x.transfers} ${t('transfers', lang)}`,
    `${t('inherent', lang)}: ${Object.entries(x.byInherent).map(([k, v]) => `${k} ${v}`).join(', ') || t('none', lang)}; ${t('residual', lang)}: ${Object.entries(x.byResidual).map(([k, v]) => `${k} ${v}`).join(', ') || t('none', lang)}`,
    `${t('overdueMeasures', lang)}: ${x.overdueMeasures}; ${t('undatedMeasures', lang)}: ${x.undatedMeasures}`,
    `${t('expired', lang)}: ${x.expiredAcceptances}; ${t('expiring', lang)} ${reg.horizonDays} ${t('days', lang)}: ${x.expiringAcceptances}`,
    `${t('overdueReviews', lang)}: ${x.overdueReviews}; ${t('stale', lang)}: ${x.staleDocuments}`,
    `${t('errors', lang)}: ${x.errors}; ${t('warnings', lang)}: ${x.warnings}`,
  ];
}

const mdCell = (s: string) => escapeMarkdown(plainText(s)).replace(/\n/g, ' ') || ' ';
/** A CSV field: quoted, quotes doubled; a leading =, +, -, @ or tab is neutralised so spreadsheets do not run it as a formula. */
const csvField = (s: string) => `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;

/** The register's title and the label of its date, in the language asked. */
export function registerTitle(lang: Lang): { title: string; date: string } {
  return { title: t('title', lang), date: t('date', lang) };
}

export function formatRegister(reg: OrgRegister, format: RegisterFormat, lang: Lang): string {
  if (format === 'json') return JSON.stringify(reg, null, 2) + '\n';
  if (format === 'csv') {
    const head = ['document', 'risk', 'title', 'inherent', 'residual', 'status', 'acceptance_until', 'acceptance_expired', 'acceptance_ending'];
    const rows = reg.risks.map((r) => [r.document, r.id, r.title, r.inherent?.label ?? '', r.residual?.label ?? '', r.status, r.acceptanceUntil ?? '', r.acceptanceExpired ? 'yes' : '', r.acceptanceExpiring ? 'yes' : '']);
    return [head, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  }
  const out: string[] = [];
  if (format === 'markdown') {
    out.push(`# ${t('title', lang)}`, '', `${t('date', lang)}: ${reg.today ?? '—'}`, '', `## ${t('totals', lang)}`, '', ...totals(reg, lang).map((l) => `- ${l}`));
    for (const tb of tables(reg, lang)) {
      out.push('', `## ${tb.title}`, '');
      if (!tb.rows.length) {
        out.push(t('none', lang));
        continue;
      }
      out.push(`| ${tb.head.map(mdCell).join(' | ')} |`, `|${tb.head.map(() => ' --- ').join('|')}|`, ...tb.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`));
    }
    return out.join('\n') + '\n';
  }
  const line = (s: string) => escapeControls(plainText(s));
  out.push(`${t('title', lang)} (${reg.today ?? '—'})`, '', ...totals(reg, lang).map((l) => `  ${l}`));
  for (const tb of tables(reg, lang)) {
    out.push('', `${tb.title}:`);
    if (!tb.rows.length) out.push(`  ${t('none', lang)}`);
    for (const r of tb.rows) out.push('  ' + r.map(line).filter((c, i) => c || i === 0).join(' · '));
  }
  return out.join('\n') + '\n';
}
