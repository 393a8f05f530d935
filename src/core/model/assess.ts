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
  /** The level the matrix gives for likelihood × impact. */
  computed?: MatrixValue;
  /** The stated `level`, normalised; undefined when absent or unknown. */
  stated?: MatrixValue;
  statedRaw?: unknown;
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
  const computed = likelihood && impact ? m.compute(likelihood.id, impact.id) : undefined;
  return { likelihood, impact, computed, stated: m.normalise('level', v.level), statedRaw: v.level };
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
  return {
    block,
    id: block.id,
    title: str(v.title),
    inherent: score(m, v),
    residual: residual ? score(m, residual) : undefined,
    mitigations: mitigationsOf(v),
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
