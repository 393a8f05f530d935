import { datePassed, isIsoDate } from '../text/dates';
import type { Block, DpiaDocument } from './document';
import type { Matrix, MatrixValue } from './matrix';

/** A mitigation as written in a risk's `mitigations` list. */
export interface MitigationRef {
  index: number;
  /** The referenced measure id, when the item is an id or has `measure`. */
  measure?: string;
  text?: string;
  party?: string;
  status?: string;
  due?: string;
  owner?: string;
  /** JSON pointer of the item ("/mitigations/0"). */
  pointer: string;
}

export interface Scored {
  likelihood?: MatrixValue;
  impact?: MatrixValue;
  /**
   * The level every rule, table, heat map and PDF uses: the matrix's level for likelihood × impact,
   * or the stated `level` when it is a motivated deviation (`overridden`).
   */
  computed?: MatrixValue;
  /** The level the matrix gives for likelihood × impact. */
  fromMatrix?: MatrixValue;
  /** The stated `level`, normalised; undefined when absent or unknown. */
  stated?: MatrixValue;
  statedRaw?: unknown;
  /** `motivation.level` is a non-empty text. */
  motivated: boolean;
  /** The stated level differs from the matrix and is motivated: it replaces the matrix's level. */
  overridden: boolean;
}

/** A risk block read against the document's matrix. */
export interface RiskAssessment {
  block: Block;
  id?: string;
  title?: string;
  inherent: Scored;
  /** Undefined when the risk has no `residual`. */
  residual?: Scored;
  mitigations: MitigationRef[];
  /** The mitigations that count: all but `status: rejected` (a rejected measure lowers nothing). */
  effective: MitigationRef[];
  acceptance?: Record<string, unknown>;
  consultation?: Record<string, unknown>;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function score(m: Matrix, v: Record<string, unknown>): Scored {
  const likelihood = m.normalise('likelihood', v.likelihood);
  const impact = m.normalise('impact', v.impact);
  const fromMatrix = likelihood && impact ? m.compute(likelihood.id, impact.id) : undefined;
  const stated = m.normalise('level', v.level);
  const why = obj(v.motivation)?.level;
  const motivated = typeof why === 'string' && why.trim() !== '';
  const overridden = motivated && stated !== undefined && fromMatrix !== undefined && stated.id !== fromMatrix.id;
  return { likelihood, impact, computed: overridden ? stated : fromMatrix, fromMatrix, stated, statedRaw: v.level, motivated, overridden };
}

export function mitigationsOf(value: Record<string, unknown>, key = 'mitigations'): MitigationRef[] {
  const list = Array.isArray(value[key]) ? (value[key] as unknown[]) : [];
  return list.map((item, index) => {
    const pointer = `/${key}/${index}`;
    if (typeof item === 'string') return { index, measure: item, pointer };
    const o = obj(item) ?? {};
    return { index, pointer, measure: str(o.measure), text: str(o.text), party: str(o.party), status: str(o.status), due: str(o.due), owner: str(o.owner) };
  });
}

export function assessRisk(block: Block, m: Matrix): RiskAssessment | undefined {
  const v = block.value;
  if (!v) return undefined;
  const residual = obj(v.residual);
  const mitigations = mitigationsOf(v);
  return {
    block,
    id: block.id,
    title: str(v.title),
    inherent: score(m, v),
    residual: residual ? score(m, residual) : undefined,
    mitigations,
    effective: mitigations.filter((x) => x.status !== 'rejected'),
    acceptance: obj(v.acceptance),
    consultation: obj(v.consultation),
  };
}

export function assessRisks(doc: DpiaDocument, m: Matrix): RiskAssessment[] {
  const out: RiskAssessment[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'risk') continue;
    const a = assessRisk(b, m);
    if (a) out.push(a);
  }
  return out;
}

/** A measure is overdue when its `due` date has passed and it is neither implemented nor rejected (rejected measures are not chased). */
export function isOverdue(due: unknown, status: unknown, today: string | null): due is string {
  return datePassed(due, today) && status !== 'implemented' && status !== 'rejected';
}

/** The document's status, Dutch values mapped to English: draft, review, final or undefined. */
export function documentStatus(doc: DpiaDocument): 'draft' | 'review' | 'final' | undefined {
  const s = doc.frontMatter?.value?.status;
  if (s === 'draft' || s === 'concept') return 'draft';
  if (s === 'final' || s === 'definitief') return 'final';
  return s === 'review' ? 'review' : undefined;
}

/** Why a prior consultation does not (yet) count, or undefined when it does. */
export type ConsultationGap = 'missing' | 'undated' | 'future' | 'pending';

/**
 * A prior consultation (GDPR Art. 36) counts once it has happened: a `date` that is not after
 * `today` (any valid date when the date rules are off, `today` null) and an `outcome` other than `pending`.
 */
export function consultationGap(c: Record<string, unknown> | undefined, today: string | null): ConsultationGap | undefined {
  if (!c) return 'missing';
  const date = c.date;
  if (!isIsoDate(date)) return 'undated';
  if (today && date > today) return 'future';
  if (c.outcome === 'pending') return 'pending';
  return undefined;
}
