// One document reduced to its rows of the organisation register: small plain data, so a register over
// thousands of documents holds rows, never texts or analyses (`dpia register` reads one document at a time).
import type { Analysis } from '../environment';
import { buildRegister } from '../render/register';
import { isIsoDate } from '../text/dates';

export interface RegisterRowsOptions {
  /** ISO date the marks are computed for; null switches date marks off. */
  today: string | null;
  /** Acceptances ending within this many days from today are "expiring". */
  horizonDays: number;
}

export interface LevelRef {
  id: string;
  label: string;
  /** Position in the document's matrix, 0 for its lowest level (matrices may differ between documents). */
  rank: number;
  /** The highest level of that matrix. */
  top?: boolean;
}

export interface RiskRow {
  id: string;
  /** Line of the risk block's opening fence (1-based, as in `dpia check` output). */
  line: number;
  title: string;
  inherent?: LevelRef;
  residual?: LevelRef;
  status: string;
  acceptanceUntil?: string;
  /** The acceptance's `until` has passed. */
  acceptanceExpired?: boolean;
  /** The acceptance ends within the horizon (and has not yet). */
  acceptanceExpiring?: boolean;
  unreadable?: boolean;
}

export interface MeasureRow {
  id?: string;
  /** Line of the `measure` block, or else of the first risk that lists the measure (1-based). */
  line?: number;
  title: string;
  party?: string;
  status?: string;
  due?: string;
  overdue?: boolean;
  /** Not implemented or rejected, and without a `due` date. */
  noDate?: boolean;
}

export interface TransferRow {
  id: string;
  country?: string;
  countryName?: string;
  tool?: string;
}

export interface DocumentRows {
  path: string;
  title: string;
  type?: string;
  status?: string;
  lang: 'en' | 'nl';
  review?: string;
  reviewOverdue?: boolean;
  /** Set by the caller (e.g. from the file's modification time). */
  stale?: boolean;
  lastChanged?: string;
  errors: number;
  warnings: number;
  risks: RiskRow[];
  measures: MeasureRow[];
  transfers: TransferRow[];
}

/** `today` plus `days`, as an ISO date. */
export function addDays(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const DONE = new Set(['implemented', 'rejected']);

/** The register rows of one analysed document. */
export function documentRows(path: string, analysis: Pick<Analysis, 'document' | 'environment' | 'diagnostics'>, o: RegisterRowsOptions): DocumentRows {
  const reg = buildRegister(analysis, { today: o.today });
  const matrix = analysis.environment.matrix;
  const top = matrix.values('level').length - 1;
  const level = (l: { id: string; label: string }): LevelRef => {
    const rank = matrix.rank(l.id);
    return rank === top ? { id: l.id, label: l.label, rank, top: true } : { id: l.id, label: l.label, rank };
  };
  const riskLine = new Map(reg.risks.map((r) => [r.id, r.line + 1]));
  const blockLine = new Map<string, number>();
  for (const b of analysis.document.blocks) if (b.kind === 'measure' && b.id && !blockLine.has(b.id)) blockLine.set(b.id, b.fence.openLine + 1);
  const fm = analysis.document.frontMatter?.value ?? {};
  const horizon = o.today ? addDays(o.today, o.horizonDays) : undefined;
  const review = isIsoDate(fm.review) ? fm.review : undefined;
  return {
    path,
    title: reg.title,
    type: typeof fm.type === 'string' ? fm.type : undefined,
    status: reg.meta.status,
    lang: reg.lang,
    review,
    reviewOverdue: !!(review && o.today && review < o.today) || undefined,
    errors: analysis.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: analysis.diagnostics.filter((d) => d.severity === 'warning').length,
    risks: reg.risks.map((r) => {
      const until = r.acceptance?.until;
      const dated = isIsoDate(until) ? until : undefined;
      const row: RiskRow = { id: r.id, line: r.line + 1, title: r.title, status: r.status };
      if (r.inherent) row.inherent = level(r.inherent);
      if (r.residual) row.residual = level(r.residual);
      if (until) row.acceptanceUntil = until;
      if (r.acceptance?.expired) row.acceptanceExpired = true;
      else if (dated && o.today && horizon && dated >= o.today && dated <= horizon) row.acceptanceExpiring = true;
      if (r.unreadable) row.unreadable = true;
      return row;
    }),
    measures: reg.measures.filter((m) => !m.unreadable).map((m) => {
      const row: MeasureRow = { title: m.title };
      if (m.id) row.id = m.id;
      const line = (m.id && blockLine.get(m.id)) || riskLine.get(m.risks[0]);
      if (line) row.line = line;
      if (m.party) row.party = m.party;
      if (m.status) row.status = m.status;
      if (m.due) row.due = m.due;
      if (m.overdue) row.overdue = true;
      if (!m.due && !DONE.has(m.status ?? '')) row.noDate = true;
      return row;
    }),
    transfers: reg.transfers.filter((t) => !t.unreadable).map((t) => ({ id: t.id, country: t.country, countryName: t.countryName, tool: t.tool })),
  };
}
