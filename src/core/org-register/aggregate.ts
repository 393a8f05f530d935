// The organisation register: rows of many documents folded into one, document by document.
import type { DocumentRows, LevelRef, MeasureRow, RiskRow } from './rows';

export interface OrgMeasure extends Omit<MeasureRow, 'overdue' | 'noDate'> {
  /** Documents that depend on the measure (path). */
  documents: string[];
  overdue?: boolean;
  noDate?: boolean;
}

export interface OrgDocument {
  path: string;
  title: string;
  type?: string;
  status?: string;
  review?: string;
  reviewOverdue?: boolean;
  stale?: boolean;
  lastChanged?: string;
  risks: number;
  errors: number;
  warnings: number;
}

export interface OrgRegister {
  today: string | null;
  horizonDays: number;
  documents: OrgDocument[];
  risks: (RiskRow & { document: string })[];
  /** By number of documents depending on them, most first. */
  measures: OrgMeasure[];
  acceptances: { document: string; risk: string; until: string; expired: boolean }[];
  /** Documents whose review date has passed or that are stale. */
  reviews: { document: string; review?: string; overdue: boolean; stale: boolean; lastChanged?: string }[];
  /** By destination country, then tool. */
  transfers: { country: string; countryName?: string; tool: string; documents: string[]; count: number }[];
  /** Number of risks per inherent level id × residual level id ("" when none), with the levels' labels. */
  heat: { inherent: LevelRef; residual?: LevelRef; count: number }[];
  totals: {
    documents: number;
    risks: number;
    /** Risks per level id (the matrix's canonical level ids, not labels, so documents in either language add up). */
    byInherent: Record<string, number>;
    byResidual: Record<string, number>;
    measures: number;
    overdueMeasures: number;
    undatedMeasures: number;
    expiredAcceptances: number;
    expiringAcceptances: number;
    overdueReviews: number;
    staleDocuments: number;
    transfers: number;
    errors: number;
    warnings: number;
  };
}

/** One measure across documents: by id, or by party and title when it has none (as the register groups them). */
export const measureKey = (m: Pick<MeasureRow, 'id' | 'party' | 'title'>) => (m.id ? `id:${m.id}` : `text:${m.party ?? ''}:${m.title}`);

/** Folds documents' rows into one register; `add` keeps only rows, never texts. */
export class OrgRegisterBuilder {
  private readonly docs: OrgDocument[] = [];
  private readonly risks: OrgRegister['risks'] = [];
  private readonly measures = new Map<string, OrgMeasure>();
  private readonly transfers = new Map<string, OrgRegister['transfers'][number]>();
  private readonly heat = new Map<string, OrgRegister['heat'][number]>();
  // The documents each measure or transfer already lists: `documents.includes` made `add` quadratic
  // (1.2 s of a 10,000-document register, for the measures most documents share).
  private readonly listed = new WeakMap<{ documents: string[] }, Set<string>>();

  constructor(private readonly o: { today: string | null; horizonDays: number }) {}

  private list(entry: { documents: string[] }, path: string): void {
    let paths = this.listed.get(entry);
    if (!paths) this.listed.set(entry, (paths = new Set(entry.documents)));
    if (paths.has(path)) return;
    paths.add(path);
    entry.documents.push(path);
  }

  add(rows: DocumentRows): void {
    this.docs.push({ path: rows.path, title: rows.title, type: rows.type, status: rows.status, review: rows.review, reviewOverdue: rows.reviewOverdue, stale: rows.stale, lastChanged: rows.lastChanged, risks: rows.risks.length, errors: rows.errors, warnings: rows.warnings });
    for (const r of rows.risks) {
      this.risks.push({ ...r, document: rows.path });
      if (!r.inherent) continue;
      const k = `${r.inherent.id}\0${r.residual?.id ?? ''}`;
      const cell = this.heat.get(k) ?? { inherent: r.inherent, residual: r.residual, count: 0 };
      cell.count++;
      this.heat.set(k, cell);
    }
    for (const m of rows.measures) {
      const k = measureKey(m);
      const entry = this.measures.get(k) ?? { id: m.id, title: m.title, party: m.party, status: m.status, due: m.due, documents: [] };
      this.list(entry, rows.path);
      if (m.overdue) entry.overdue = true;
      if (m.noDate) entry.noDate = true;
      this.measures.set(k, entry);
    }
    for (const t of rows.transfers) {
      const k = `${t.country ?? '?'}\0${t.tool ?? ''}`;
      const entry = this.transfers.get(k) ?? { country: t.country ?? '?', countryName: t.countryName, tool: t.tool ?? '', documents: [], count: 0 };
      entry.count++;
      this.list(entry, rows.path);
      this.transfers.set(k, entry);
    }
  }

  result(): OrgRegister {
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const documents = [...this.docs].sort(byPath);
    const risks = [...this.risks].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
    const measures = [...this.measures.values()].sort((a, b) => b.documents.length - a.documents.length || (a.id ?? a.title).localeCompare(b.id ?? b.title));
    for (const m of measures) m.documents.sort();
    const acceptances = risks.filter((r) => r.acceptanceExpired || r.acceptanceExpiring).map((r) => ({ document: r.document, risk: r.id, until: r.acceptanceUntil!, expired: !!r.acceptanceExpired })).sort((a, b) => a.until.localeCompare(b.until));
    const reviews = documents.filter((d) => d.reviewOverdue || d.stale).map((d) => ({ document: d.path, review: d.review, overdue: !!d.reviewOverdue, stale: !!d.stale, lastChanged: d.lastChanged }));
    const transfers = [...this.transfers.values()].sort((a, b) => a.country.localeCompare(b.country) || a.tool.localeCompare(b.tool));
    for (const t of transfers) t.documents.sort();
    const count = (xs: (LevelRef | undefined)[]) => {
      const out: Record<string, number> = {};
      for (const x of xs) if (x) out[x.id] = (out[x.id] ?? 0) + 1;
      return out;
    };
    return {
      today: this.o.today,
      horizonDays: this.o.horizonDays,
      documents,
      risks,
      measures,
      acceptances,
      reviews,
      transfers,
      heat: [...this.heat.values()].sort((a, b) => b.count - a.count || a.inherent.id.localeCompare(b.inherent.id)),
      totals: {
        documents: documents.length,
        risks: risks.length,
        byInherent: count(risks.map((r) => r.inherent)),
        byResidual: count(risks.map((r) => r.residual)),
        measures: measures.length,
        overdueMeasures: measures.filter((m) => m.overdue).length,
        undatedMeasures: measures.filter((m) => m.noDate).length,
        expiredAcceptances: acceptances.filter((a) => a.expired).length,
        expiringAcceptances: acceptances.filter((a) => !a.expired).length,
        overdueReviews: documents.filter((d) => d.reviewOverdue).length,
        staleDocuments: documents.filter((d) => d.stale).length,
        transfers: transfers.reduce((n, t) => n + t.count, 0),
        errors: documents.reduce((n, d) => n + d.errors, 0),
        warnings: documents.reduce((n, d) => n + d.warnings, 0),
      },
    };
  }
}

/** The conditions `dpia register --fail-on` can gate on. */
export const FAIL_CONDITIONS = ['expired-acceptance', 'expiring-acceptance', 'overdue-review', 'stale-document', 'overdue-measure', 'undated-measure', 'error'] as const;
export type FailCondition = (typeof FAIL_CONDITIONS)[number];

/** The conditions of `wanted` the register meets. */
export function failing(reg: OrgRegister, wanted: readonly FailCondition[]): FailCondition[] {
  const t = reg.totals;
  const holds: Record<FailCondition, boolean> = {
    'expired-acceptance': t.expiredAcceptances > 0,
    'expiring-acceptance': t.expiringAcceptances > 0,
    'overdue-review': t.overdueReviews > 0,
    'stale-document': t.staleDocuments > 0,
    'overdue-measure': t.overdueMeasures > 0,
    'undated-measure': t.undatedMeasures > 0,
    error: t.errors > 0,
  };
  return wanted.filter((c) => holds[c]);
}
