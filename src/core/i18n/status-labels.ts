import type { Lang } from './lang';

type Labels = Record<string, { en: string; nl: string }>;

/** Implementation status of a measure (schemas/common.schema.json `status`). */
const MEASURE_STATUS: Labels = {
  planned: { en: 'planned', nl: 'gepland' },
  'in-progress': { en: 'in progress', nl: 'in uitvoering' },
  implemented: { en: 'implemented', nl: 'uitgevoerd' },
  rejected: { en: 'rejected', nl: 'afgewezen' },
};

/** Who takes a measure (schemas/common.schema.json `party`). */
const PARTY: Labels = {
  organisation: { en: 'organisation', nl: 'organisatie' },
  supplier: { en: 'supplier', nl: 'leverancier' },
};

/** Status of the document (schemas/frontmatter.schema.json `status`, English and Dutch spellings). */
const DOCUMENT_STATUS: Labels = {
  draft: { en: 'draft', nl: 'concept' },
  concept: { en: 'draft', nl: 'concept' },
  review: { en: 'under review', nl: 'in review' },
  final: { en: 'final', nl: 'definitief' },
  definitief: { en: 'final', nl: 'definitief' },
};

/**
 * Transfer tools (schemas/transfer.schema.json `tool`). The abbreviations SCC, BCR and DPF are used
 * as such in Dutch too; the codes stay as written in English, where they are the reader's terms.
 */
const TOOL: Labels = {
  adequacy: { en: 'adequacy', nl: 'adequaatheidsbesluit' },
  derogation: { en: 'derogation', nl: 'uitzondering (art. 49 AVG)' },
  'legally-binding-instrument': { en: 'legally binding instrument', nl: 'juridisch bindend instrument' },
  'administrative-arrangement': { en: 'administrative arrangement', nl: 'administratieve regeling' },
  'code-of-conduct': { en: 'code of conduct', nl: 'gedragscode' },
  certification: { en: 'certification', nl: 'certificering' },
};

const lookup = (table: Labels, value: string, lang: Lang) => (Object.prototype.hasOwnProperty.call(table, value) ? table[value][lang] : value);

/** A measure's status for people: `in-progress` → "in progress" / "in uitvoering"; an unknown value is shown as written. */
export function statusLabel(status: string, lang: Lang): string {
  return lookup(MEASURE_STATUS, status, lang);
}

/** The party that takes a measure: "organisation" / "organisatie"; an unknown value as written. */
export function partyLabel(party: string, lang: Lang): string {
  return lookup(PARTY, party, lang);
}

/** The document's status: "draft" / "concept"; an unknown value as written. */
export function documentStatusLabel(status: string, lang: Lang): string {
  return lookup(DOCUMENT_STATUS, status, lang);
}

/** A transfer tool: `adequacy` → "adequaatheidsbesluit" in Dutch; scc, bcr, dpf and unknown values as written. */
export function toolLabel(tool: string, lang: Lang): string {
  return lookup(TOOL, tool, lang);
}
