import type { Block, DpiaDocument } from './document';
import { mitigationsOf, type MitigationRef } from './assess';
import { computeAssessment, parseStated, type ProbabilityResult } from './transfer-probability';
import { defaultProblemLaws } from './destinations';
import { isCountryCode } from './country-names';

/** A `transfer` block read for the rules, hover, CodeLens and rendering. */
export interface TransferInfo {
  block: Block;
  id?: string;
  country?: string;
  /** `country` is an ISO 3166-1 alpha-2 code (two capitals, assigned; not "UK"). */
  countryKnown: boolean;
  tool?: string;
  /** `importer-sector`: private | public. */
  sector?: string;
  /** `derogation`: the Art. 49(1) point. */
  derogation?: string;
  special: boolean;
  /** The laws the author listed. */
  laws: string[];
  /** The destination's default problem laws followed by the listed ones (no duplicates). */
  problemLaws: string[];
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
  const country = typeof v.country === 'string' ? v.country : undefined;
  const countryKnown = country !== undefined && /^[A-Z]{2}$/.test(country) && isCountryCode(country);
  const laws = Array.isArray(v.laws) ? v.laws.filter((x): x is string => typeof x === 'string') : [];
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
  return {
    block: b,
    id: b.id,
    country,
    countryKnown,
    tool: str(v.tool),
    sector: str(v['importer-sector']),
    derogation: str(v.derogation),
    special: v['special-categories'] === true,
    laws,
    problemLaws: [...new Set([...(countryKnown ? defaultProblemLaws(country!) : []), ...laws])],
    safeguards: mitigationsOf(v, 'safeguards').map((m, i) => ({ ...m, keepsDataUnreadable: obj(raw[i])?.['keeps-data-unreadable'] === true })),
    assessment,
    computed: computeAssessment(assessment),
    stated: assessment ? parseStated(assessment.probability) : undefined,
    review: typeof v.review === 'string' ? v.review : undefined,
    dpfVerified: typeof v['dpf-verified'] === 'string' ? v['dpf-verified'] : undefined,
  };
}
