import type { Block, DpiaDocument } from './document';
import { mitigationsOf, type MitigationRef } from './assess';
import { computeAssessment, parseStated, type ProbabilityResult } from './transfer';

/** A `transfer` block read for the rules, hover, CodeLens and rendering. */
export interface TransferInfo {
  block: Block;
  id?: string;
  country?: string;
  tool?: string;
  special: boolean;
  laws: string[];
  safeguards: (MitigationRef & { keepsDataUnreadable?: boolean })[];
  assessment?: Record<string, unknown>;
  computed?: ProbabilityResult;
  stated?: ReturnType<typeof parseStated>;
  review?: string;
  dpfVerified?: string;
}

const obj = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

export function transfersOf(doc: DpiaDocument): TransferInfo[] {
  return doc.blocks.filter((b) => b.kind === 'transfer' && b.value).map(transferInfo);
}

/** A `transfer` block (with a parsed value) read as a TransferInfo. */
export function transferInfo(b: Block): TransferInfo {
  const v = b.value!;
  const assessment = obj(v.assessment);
  const raw = Array.isArray(v.safeguards) ? v.safeguards : [];
  return {
    block: b,
    id: b.id,
    country: typeof v.country === 'string' ? v.country : undefined,
    tool: typeof v.tool === 'string' ? v.tool : undefined,
    special: v['special-categories'] === true,
    laws: Array.isArray(v.laws) ? v.laws.filter((x): x is string => typeof x === 'string') : [],
    safeguards: mitigationsOf(v, 'safeguards').map((m, i) => ({ ...m, keepsDataUnreadable: obj(raw[i])?.['keeps-data-unreadable'] === true })),
    assessment,
    computed: computeAssessment(assessment),
    stated: assessment ? parseStated(assessment.probability) : undefined,
    review: typeof v.review === 'string' ? v.review : undefined,
    dpfVerified: typeof v['dpf-verified'] === 'string' ? v['dpf-verified'] : undefined,
  };
}
