import { assessRisk, consultationGap, isOverdue, type RiskAssessment, type Scored } from '../model/assess';
import { transferInfo } from '../model/transfer-info';
import { datePassed } from '../text/dates';
import { countryName } from '../model/country-names';
import type { Analysis, Environment } from '../environment';
import { pick } from '../i18n/lang';
import { label } from './labels';
import { toolLabel } from '../i18n/status-labels';
import { unreadable, type UnreadableBlock } from './unreadable';
import { buildInventory, type Inventory } from './inventory';

export type { UnreadableBlock } from './unreadable';

export interface RegisterOptions {
  /**
   * ISO date (YYYY-MM-DD) against which acceptances expire and measures become overdue; null
   * switches the date marks off (as it switches off the date rules); default: today.
   */
  today?: string | null;
}

/** A level as rendered: canonical id, label in the document's language, colour. */
export interface LevelCell {
  id: string;
  label: string;
  color: string;
}

export interface RegisterMitigation {
  measure?: string;
  title: string;
  party?: string;
  status?: string;
  due?: string;
  owner?: string;
  /** Past its `due` date and neither implemented nor rejected (as `measure.overdue`). */
  overdue?: boolean;
}

export interface RegisterRisk {
  /** Document line of the block's opening fence. */
  line: number;
  id: string;
  title: string;
  likelihood: string;
  impact: string;
  inherent?: LevelCell;
  residualLikelihood?: string;
  residualImpact?: string;
  residual?: LevelCell;
  mitigations: RegisterMitigation[];
  status: string;
  acceptance?: { by?: string; date?: string; until?: string; rationale?: string; expired?: boolean };
  consultation?: { authority?: string; date?: string; reference?: string };
  /** What the block says in prose: description, origin, the motivations of the levels. */
  description?: string;
  origin?: string;
  motivation?: Motivation;
  residualMotivation?: Motivation;
  /** The residual level ranks above the inherent one in the matrix (as `risk.residual-above-inherent`). */
  residualAbove?: boolean;
  /** Set when the block could not be read: the entry is a "could not be read" row. */
  unreadable?: UnreadableBlock;
}

/** A motivation as written: one text, or per likelihood, impact and level. */
export type Motivation = string | { likelihood?: string; impact?: string; level?: string };

function motivationOf(v: unknown): Motivation | undefined {
  if (typeof v === 'string') return v;
  const o = obj(v);
  if (!o) return undefined;
  const m = { likelihood: str(o.likelihood), impact: str(o.impact), level: str(o.level) };
  return m.likelihood || m.impact || m.level ? m : undefined;
}

export interface RegisterMeasure {
  id?: string;
  title: string;
  party?: string;
  status?: string;
  due?: string;
  owner?: string;
  overdue?: boolean;
  risks: string[];
  unreadable?: UnreadableBlock;
}

export interface RegisterTransfer {
  line: number;
  id: string;
  title?: string;
  /** The categories of personal data transferred (`data`). */
  data: string[];
  country?: string;
  /** Country name in the document's language. */
  countryName?: string;
  /** Tool, with the SCC module ("scc (module 2)"). */
  tool?: string;
  special: boolean;
  laws: string[];
  safeguards: string[];
  annual?: number;
  years?: number;
  /** Computed probability over the period. */
  probability?: number;
  residual?: LevelCell;
  review?: string;
  unreadable?: UnreadableBlock;
}

export interface HeatMap {
  /** Impact labels, highest first (rows). */
  rows: string[];
  /** Likelihood labels, lowest first (columns). */
  cols: string[];
  /** Level colour per cell, [row][col]. */
  colors: string[][];
  levels: string[][];
  before: number[][];
  after: number[][];
  /**
   * Risks whose stated level is a motivated deviation from the matrix (`risk.level-overridden`):
   * their cell (likelihood × impact) is marked, and this note says which level is in force.
   */
  overrides: { before: HeatOverride[]; after: HeatOverride[] };
}

export interface HeatOverride {
  id: string;
  /** Row and column of the risk's cell. */
  row: number;
  col: number;
  /** The stated level in force, and the matrix's level, as labels. */
  level: string;
  matrixLevel: string;
}

export interface Register {
  lang: 'en' | 'nl';
  title: string;
  meta: { organisation?: string; version?: string; date?: string; status?: string; authors: string[]; reviewers: string[] };
  dpo?: { name?: string; date?: string; advice?: string; followed?: boolean; reason?: string };
  matrix: string;
  axes: { likelihood: string; impact: string };
  risks: RegisterRisk[];
  measures: RegisterMeasure[];
  transfers: RegisterTransfer[];
  /** The data inventory (`data` blocks) and the purposes with their basis (`purpose` blocks). */
  inventory: Inventory;
  heat: HeatMap;
  /** Every block that could not be read, in document order: each is also a row in `risks`, `measures` or `transfers`. */
  unreadable: UnreadableBlock[];
  /** The date expiry and overdue marks were computed for; null when they are off. */
  today: string | null;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((x): x is string => !!x) : str(v) ? [str(v)!] : []);
const obj = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/** The risk register computed from a document: what the table, the preview and the PDF show. */
export function buildRegister(analysis: Pick<Analysis, 'document' | 'environment'>, options: RegisterOptions = {}): Register {
  const { document: doc, environment: env } = analysis;
  const { matrix: m, lang } = env;
  const today = options.today === undefined ? env.today : options.today;
  const overdue = (due: string | undefined, status: string | undefined) => (isOverdue(due, status, today) ? true : undefined);
  const fm = doc.frontMatter?.value ?? {};
  const cell = (s: Scored['computed']): LevelCell | undefined => (s ? { id: s.id, label: m.label(s, lang), color: s.color ?? '#9e9e9e' } : undefined);
  const val = (v: Scored['likelihood'], raw: unknown) => (v ? m.label(v, lang) : (str(raw) ?? ''));
  const lost: UnreadableBlock[] = [];
  const lostAt = new Map<number, UnreadableBlock>();
  const assessed: RiskAssessment[] = [];
  const risks: RegisterRisk[] = [];
  // What a `measure` block of the document says that the measure index does not carry (the owner).
  const blockOwner = new Map<string, string>();
  for (const b of doc.blocks) if (b.kind === 'measure' && b.id && b.value && typeof b.value.owner === 'string') blockOwner.set(b.id, b.value.owner);
  for (const b of doc.blocks) {
    const u = unreadable(b, lang);
    if (u) {
      lost.push(u);
      lostAt.set(u.line, u);
    }
    if (b.kind !== 'risk') continue;
    const r = u ? undefined : assessRisk(b, m);
    if (r) {
      assessed.push(r);
      risks.push(riskEntry(r));
    } else if (u) {
      risks.push({ line: u.line, id: u.id ?? '?', title: '', likelihood: '?', impact: '?', mitigations: [], status: label('unreadableStatus', lang), unreadable: u });
    }
  }

  function riskEntry(r: RiskAssessment): RegisterRisk {
    const v = r.block.value!;
    const res = obj(v.residual) ?? {};
    const acc = obj(v.acceptance);
    const con = obj(v.consultation);
    return {
      line: r.block.fence.openLine,
      id: r.id ?? '?',
      title: r.title ?? '',
      likelihood: val(r.inherent.likelihood, v.likelihood),
      impact: val(r.inherent.impact, v.impact),
      inherent: cell(r.inherent.computed),
      residualLikelihood: r.residual ? val(r.residual.likelihood, res.likelihood) : undefined,
      residualImpact: r.residual ? val(r.residual.impact, res.impact) : undefined,
      residual: cell(r.residual?.computed),
      mitigations: r.mitigations.map((x) => {
        const info = x.measure ? env.measures.get(x.measure) : undefined;
        const status = x.status ?? info?.status;
        const due = x.due ?? info?.due;
        const owner = x.owner ?? (x.measure ? blockOwner.get(x.measure) : undefined);
        return { measure: x.measure, title: info ? pick(info.title, lang) : (x.text ?? x.measure ?? ''), party: x.party ?? info?.party, status, due, owner, overdue: overdue(due, status) };
      }),
      status: riskStatus(r, env, today),
      description: str(v.description),
      origin: str(v.origin),
      motivation: motivationOf(v.motivation),
      residualMotivation: motivationOf(res.motivation),
      residualAbove: r.residual?.computed && r.inherent.computed && m.rank(r.residual.computed.id) > m.rank(r.inherent.computed.id) ? true : undefined,
      acceptance: acc && { by: str(acc.by), date: str(acc.date), until: str(acc.until), rationale: str(acc.rationale), expired: expired(acc.until, today) },
      consultation: con && { authority: str(con.authority), date: str(con.date), reference: str(con.reference) },
    };
  }

  // Measures: every mitigation, grouped by measure id (free-text ones stand alone), plus unused measure blocks.
  const measures = new Map<string, RegisterMeasure>();
  for (const r of risks) {
    for (const x of r.mitigations) {
      const key = x.measure ?? `text:${x.title}`;
      const entry = measures.get(key) ?? { id: x.measure, title: x.title, party: x.party, status: x.status, due: x.due, owner: x.owner, overdue: x.overdue, risks: [] };
      if (!entry.risks.includes(r.id)) entry.risks.push(r.id);
      measures.set(key, entry);
    }
  }
  for (const [i, b] of doc.blocks.entries()) {
    if (b.kind !== 'measure') continue;
    if (!b.value) {
      const u = lostAt.get(b.fence.openLine)!;
      measures.set(`unreadable:${i}`, { id: u.id, title: '', risks: [], unreadable: u });
      continue;
    }
    if (!b.id || measures.has(b.id)) continue;
    const v = b.value;
    const status = str(v.status);
    const due = str(v.due);
    measures.set(b.id, { id: b.id, title: str(v.title) ?? b.id, party: str(v.party), status, due, owner: str(v.owner), overdue: overdue(due, status), risks: [] });
  }

  const transfers: RegisterTransfer[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'transfer') continue;
    if (!b.value) {
      const u = lostAt.get(b.fence.openLine)!;
      transfers.push({ line: u.line, id: u.id ?? '?', data: [], special: false, laws: [], safeguards: [], unreadable: u });
      continue;
    }
    const t = transferInfo(b);
    const v = b.value;
    const residual = m.normalise('level', v.residual);
    const module = typeof v.module === 'number' ? ` (module ${v.module})` : '';
    transfers.push({
      line: t.block.fence.openLine,
      id: t.id ?? '?',
      title: str(v.title),
      data: Array.isArray(v.data) ? v.data.filter((d): d is string => typeof d === 'string') : typeof v.data === 'string' ? [v.data] : [],
      country: t.country,
      countryName: t.country ? countryName(t.country, lang) : undefined,
      tool: t.tool ? toolLabel(t.tool, lang) + module : undefined,
      special: t.special,
      laws: t.laws,
      safeguards: t.safeguards.map((s) => s.measure ?? s.text ?? ''),
      annual: t.computed?.annual,
      years: t.computed?.years,
      probability: t.computed?.period,
      residual: residual ? { id: residual.id, label: m.label(residual, lang), color: residual.color ?? '#9e9e9e' } : undefined,
      review: t.review,
    });
  }

  const rowsV = [...m.def.impact.values].reverse();
  const colsV = m.def.likelihood.values;
  const count = (pick2: (r: RiskAssessment) => Scored | undefined) =>
    rowsV.map((iv) => colsV.map((lv) => assessed.filter((r) => pick2(r)?.impact?.id === iv.id && pick2(r)?.likelihood?.id === lv.id).length));
  const overridesOf = (pick2: (r: RiskAssessment) => Scored | undefined): HeatOverride[] =>
    assessed.flatMap((r) => {
      const sc = pick2(r);
      if (!sc?.overridden || !sc.computed || !sc.fromMatrix) return [];
      const row = rowsV.findIndex((v) => v.id === sc.impact?.id);
      const col = colsV.findIndex((v) => v.id === sc.likelihood?.id);
      return row < 0 || col < 0 ? [] : [{ id: r.id ?? '?', row, col, level: m.label(sc.computed, lang), matrixLevel: m.label(sc.fromMatrix, lang) }];
    });
  const heat: HeatMap = {
    rows: rowsV.map((v) => m.label(v, lang)),
    cols: colsV.map((v) => m.label(v, lang)),
    colors: rowsV.map((iv) => colsV.map((lv) => m.compute(lv.id, iv.id)?.color ?? '#9e9e9e')),
    levels: rowsV.map((iv) => colsV.map((lv) => { const c = m.compute(lv.id, iv.id); return c ? m.label(c, lang) : ''; })),
    before: count((r) => r.inherent),
    after: count((r) => r.residual ?? r.inherent),
    overrides: { before: overridesOf((r) => r.inherent), after: overridesOf((r) => r.residual ?? r.inherent) },
  };

  const dpo = obj(fm.dpo);
  return {
    lang,
    title: str(fm.title) ?? doc.uri.split('/').pop() ?? '',
    meta: { organisation: str(fm.organisation), version: str(fm.version), date: str(fm.date), status: str(fm.status), authors: strs(fm.authors), reviewers: strs(fm.reviewers) },
    dpo: dpo && { name: str(dpo.name), date: str(dpo.date), advice: str(dpo.advice), followed: typeof dpo.followed === 'boolean' ? dpo.followed : undefined, reason: str(dpo.reason) },
    matrix: m.name,
    axes: { likelihood: pick(m.def.likelihood.label, lang), impact: pick(m.def.impact.label, lang) },
    risks,
    measures: [...measures.values()],
    transfers,
    inventory: buildInventory(doc, lang),
    heat,
    unreadable: lost,
    today,
  };
}

/** An acceptance whose `until` lies before the check date (as `acceptance.expired`). */
function expired(until: unknown, today: string | null): boolean | undefined {
  return datePassed(until, today) ? true : undefined;
}

/** One line on where a risk stands. */
function riskStatus(r: RiskAssessment, env: Environment, today: string | null): string {
  const lang = env.lang;
  const acc = r.acceptance;
  const residual = r.residual?.computed;
  // The consultation threshold of the matrix decides whether a prior consultation is needed; a
  // consultation counts only once it has happened (dated, not in the future, not pending).
  const needsConsultation = env.matrix.atLeast(residual, env.matrix.consultationFrom);
  const gap = consultationGap(r.consultation, today);
  if (r.consultation?.outcome === 'objection') return label('statusObjection', lang);
  if (acc && expired(acc.until, today)) return label('statusAcceptanceExpired', lang, acc.until as string);
  if (acc && r.consultation && !gap) return label('statusConsulted', lang);
  if (acc && needsConsultation) return label('statusConsultationPending', lang);
  if (acc) return typeof acc.until === 'string' ? label('statusAcceptedUntil', lang, acc.until) : label('statusAccepted', lang);
  if (needsConsultation) return label('statusOpen', lang);
  if (residual) return label('statusMitigated', lang);
  if (r.inherent.computed && env.matrix.rank(r.inherent.computed.id) === 0) return label('statusLow', lang);
  if (!r.effective.length) return label('statusUnmitigated', lang);
  return label('statusNoResidual', lang);
}
