import type { Lang } from '../i18n/lang';

/** Labels of the rendered register (table, preview, PDF) in English and Dutch. */
const LABELS = {
  id: { en: 'Id', nl: 'Id' },
  risk: { en: 'Risk', nl: 'Risico' },
  likelihood: { en: 'Likelihood', nl: 'Kans' },
  impact: { en: 'Impact', nl: 'Impact' },
  inherent: { en: 'Inherent', nl: 'Inherent' },
  mitigations: { en: 'Mitigations', nl: 'Maatregelen' },
  residual: { en: 'Residual', nl: 'Restrisico' },
  status: { en: 'Status', nl: 'Status' },
  before: { en: 'Before mitigation', nl: 'Vóór maatregelen' },
  after: { en: 'After mitigation', nl: 'Na maatregelen' },
  heatmap: { en: 'Heat map', nl: 'Risicokaart' },
  heatOverride: { en: '* {0}: level {1} in force (motivated deviation; the matrix gives {2})', nl: '* {0}: niveau {1} geldt (gemotiveerde afwijking; de matrix geeft {2})' },
  register: { en: 'Risk register', nl: 'Risicoregister' },
  measures: { en: 'Measures', nl: 'Maatregelen' },
  organisation: { en: 'Organisation', nl: 'Organisatie' },
  supplier: { en: 'Supplier', nl: 'Leverancier' },
  unassigned: { en: 'Party not stated', nl: 'Partij niet opgegeven' },
  due: { en: 'Due', nl: 'Uiterlijk' },
  owner: { en: 'Owner', nl: 'Eigenaar' },
  usedBy: { en: 'For risks', nl: 'Voor risico\'s' },
  accepted: { en: 'Accepted risks', nl: 'Geaccepteerde risico\'s' },
  acceptedBy: { en: 'Accepted by', nl: 'Geaccepteerd door' },
  date: { en: 'Date', nl: 'Datum' },
  until: { en: 'Until', nl: 'Tot' },
  rationale: { en: 'Rationale', nl: 'Onderbouwing' },
  consultation: { en: 'Prior consultation', nl: 'Voorafgaande raadpleging' },
  transfers: { en: 'Transfers', nl: 'Doorgiften' },
  country: { en: 'Country', nl: 'Land' },
  tool: { en: 'Transfer tool', nl: 'Doorgifte-instrument' },
  safeguards: { en: 'Safeguards', nl: 'Waarborgen' },
  probability: { en: 'Probability over the period', nl: 'Kans over de periode' },
  organisationField: { en: 'Organisation', nl: 'Organisatie' },
  version: { en: 'Version', nl: 'Versie' },
  documentStatus: { en: 'Status', nl: 'Status' },
  authors: { en: 'Authors', nl: 'Auteurs' },
  reviewers: { en: 'Reviewers', nl: 'Beoordelaars' },
  dpo: { en: 'DPO advice', nl: 'Advies FG' },
  followed: { en: 'Followed', nl: 'Opgevolgd' },
  yes: { en: 'yes', nl: 'ja' },
  no: { en: 'no', nl: 'nee' },
  page: { en: 'Page', nl: 'Pagina' },
  of: { en: 'of', nl: 'van' },
  none: { en: 'none', nl: 'geen' },
  showYaml: { en: 'YAML', nl: 'YAML' },
  statusOpen: { en: 'open: not accepted', nl: 'open: niet geaccepteerd' },
  statusAccepted: { en: 'accepted', nl: 'geaccepteerd' },
  statusAcceptedUntil: { en: 'accepted until {0}', nl: 'geaccepteerd tot {0}' },
  statusConsulted: { en: 'accepted, authority consulted', nl: 'geaccepteerd, toezichthouder geraadpleegd' },
  statusMitigated: { en: 'mitigated', nl: 'beheerst' },
  statusConsultationPending: { en: 'accepted, prior consultation not yet held', nl: 'geaccepteerd, voorafgaande raadpleging nog niet gehouden' },
  statusObjection: { en: 'authority objected', nl: 'toezichthouder maakt bezwaar' },
  statusNoResidual: { en: 'residual not assessed', nl: 'restrisico niet beoordeeld' },
  statusUnmitigated: { en: 'no mitigations', nl: 'geen maatregelen' },
  statusLow: { en: 'low, no action needed', nl: 'laag, geen actie nodig' },
  statusAcceptanceExpired: { en: 'acceptance expired on {0}', nl: 'acceptatie verlopen op {0}' },
  expiredOn: { en: 'expired on {0}', nl: 'verlopen op {0}' },
  overdueSince: { en: 'overdue since {0}', nl: 'te laat sinds {0}' },
  unreadable: { en: 'could not be read (line {0}): {1}', nl: 'kon niet worden gelezen (regel {0}): {1}' },
  unreadableStatus: { en: 'could not be read', nl: 'kon niet worden gelezen' },
  notMapping: { en: 'the block is not a YAML mapping of keys and values', nl: 'het blok is geen YAML-mapping van sleutels en waarden' },
  risk_block: { en: 'risk', nl: 'risico' },
  measure_block: { en: 'measure', nl: 'maatregel' },
  transfer_block: { en: 'transfer', nl: 'doorgifte' },
  data_block: { en: 'data category', nl: 'gegevenscategorie' },
  processing_block: { en: 'processing', nl: 'verwerking' },
  purpose_block: { en: 'purpose', nl: 'doel' },
  prescan_block: { en: 'pre-scan', nl: 'pre-scan' },
  year: { en: 'year', nl: 'jaar' },
  years: { en: 'years', nl: 'jaar' },
  perYear: { en: 'annual', nl: 'per jaar' },
  module: { en: 'module', nl: 'module' },
} as const;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, lang: Lang, ...args: string[]): string {
  // One pass: an argument that itself contains "{1}" is not substituted again.
  return LABELS[key][lang].replace(/\{(\d)\}/g, (m, i: string) => args[Number(i)] ?? m);
}

/** "3 years" / "3 jaar", "1 year" / "1 jaar". */
export function yearsText(n: number, lang: Lang): string {
  return `${n} ${label(n === 1 ? 'year' : 'years', lang)}`;
}
