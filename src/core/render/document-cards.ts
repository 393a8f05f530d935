// The fenced blocks of the whole-document export as readable cards, the risk table, the heat maps
// and the title page: built from the register (the same one the table, preview and register PDF
// show) and, for what the register leaves out (description, origin, motivations, part A/B keys), from
// the block itself.
import type { Block } from '../model/document';
import { pick, type Lang } from '../i18n/lang';
import { documentStatusLabel, partyLabel, statusLabel } from '../i18n/status-labels';
import { formatPercent } from '../i18n/format';
import { label, type LabelKey } from './labels';
import type { Motivation, Register, RegisterMeasure, RegisterRisk, RegisterTransfer } from './register';
import { unreadableText } from './unreadable';
import type { CardField, CardMark, Cell, ExportBlock, Inline } from './document-model';

type T = { en: string; nl: string };

/** Labels of the keys of the part A/B blocks and the pre-scan, and of the card fields the register labels lack. */
const KEYS: Record<string, T> = {
  description: { en: 'Description', nl: 'Beschrijving' },
  origin: { en: 'Origin', nl: 'Herkomst' },
  name: { en: 'Name', nl: 'Naam' },
  title: { en: 'Title', nl: 'Titel' },
  subjects: { en: 'Data subjects', nl: 'Betrokkenen' },
  special: { en: 'Special category (Art. 9)', nl: 'Bijzondere categorie (art. 9)' },
  criminal: { en: 'Criminal data (Art. 10)', nl: 'Strafrechtelijke gegevens (art. 10)' },
  'national-id': { en: 'National id number (BSN)', nl: 'Burgerservicenummer (BSN)' },
  source: { en: 'Source', nl: 'Bron' },
  retention: { en: 'Retention', nl: 'Bewaartermijn' },
  basis: { en: 'Legal basis (Art. 6(1))', nl: 'Grondslag (art. 6 lid 1)' },
  provision: { en: 'Legal provision', nl: 'Wettelijk voorschrift' },
  data: { en: 'Data', nl: 'Gegevens' },
  exceptions: { en: 'Exceptions (Art. 9(2), Art. 10)', nl: 'Uitzonderingen (art. 9 lid 2, art. 10)' },
  balancing: { en: 'Balancing test', nl: 'Belangenafweging' },
  necessity: { en: 'Necessity and proportionality', nl: 'Noodzaak en evenredigheid' },
  compatibility: { en: 'Compatibility', nl: 'Verenigbaarheid' },
  purposes: { en: 'Purposes', nl: 'Doelen' },
  operations: { en: 'Operations', nl: 'Verwerkingshandelingen' },
  techniques: { en: 'Techniques', nl: 'Technieken' },
  parties: { en: 'Parties', nl: 'Partijen' },
  locations: { en: 'Locations', nl: 'Locaties' },
  processing: { en: 'Processing', nl: 'Verwerking' },
  criteria: { en: 'Criteria (WP248)', nl: 'Criteria (WP248)' },
  'ap-list': { en: "On the AP's DPIA list", nl: 'Op de DPIA-lijst van de AP' },
  'art35-3': { en: 'Art. 35(3) cases', nl: 'Gevallen van art. 35 lid 3' },
  outcome: { en: 'Outcome', nl: 'Uitkomst' },
  reasoning: { en: 'Reasoning', nl: 'Onderbouwing' },
  exception: { en: 'Exception', nl: 'Uitzondering' },
  'dpo-advice': { en: 'DPO advice', nl: 'Advies FG' },
  period: { en: 'Period', nl: 'Termijn' },
  rule: { en: 'Rule', nl: 'Regel' },
  trigger: { en: 'Starts at', nl: 'Gaat in bij' },
  'enforced-by': { en: 'Enforced by', nl: 'Gehandhaafd door' },
  note: { en: 'Note', nl: 'Toelichting' },
  agreement: { en: 'Agreement', nl: 'Overeenkomst' },
  algorithm: { en: 'Algorithm', nl: 'Algoritme' },
  country: { en: 'Country', nl: 'Land' },
  dtia: { en: 'DTIA', nl: 'DTIA' },
  transfer: { en: 'Transfer', nl: 'Doorgifte' },
  role: { en: 'Role', nl: 'Rol' },
  ground: { en: 'Ground', nl: 'Grond' },
  'further-processing': { en: 'Further processing', nl: 'Verdere verwerking' },
  'public-task': { en: 'Public task', nl: 'Publieke taak' },
  proportionality: { en: 'Proportionality', nl: 'Proportionaliteit' },
  subsidiarity: { en: 'Subsidiarity', nl: 'Subsidiariteit' },
  applies: { en: 'Applies', nl: 'Van toepassing' },
  'evaluation-scoring': { en: 'Evaluation or scoring', nl: 'Evaluatie of scoretoekenning' },
  'automated-decision': { en: 'Automated decision-making', nl: 'Geautomatiseerde besluitvorming' },
  'systematic-monitoring': { en: 'Systematic monitoring', nl: 'Stelselmatige monitoring' },
  'sensitive-data': { en: 'Sensitive or highly personal data', nl: 'Gevoelige of zeer persoonlijke gegevens' },
  'large-scale': { en: 'Large scale', nl: 'Grote schaal' },
  'matching-datasets': { en: 'Matching or combining datasets', nl: 'Koppelen of combineren van datasets' },
  'vulnerable-subjects': { en: 'Vulnerable data subjects', nl: 'Kwetsbare betrokkenen' },
  'innovative-technology': { en: 'Innovative technology', nl: 'Innovatieve technologie' },
  'prevents-rights': { en: 'Prevents exercising a right', nl: 'Belet het uitoefenen van een recht' },
  tocTitle: { en: 'Contents', nl: 'Inhoud' },
  subjectDpia: { en: 'Data protection impact assessment (DPIA)', nl: 'Gegevensbeschermingseffectbeoordeling (DPIA)' },
  subjectDtia: { en: 'Data transfer impact assessment (DTIA)', nl: 'Doorgiftetoetsing (DTIA)' },
  subjectPrescan: { en: 'DPIA pre-scan', nl: 'Pre-scan DPIA' },
  annex: { en: 'Annex: risk overview', nl: 'Bijlage: risico-overzicht' },
  pageOf: { en: 'Page {page} of {pages}', nl: 'Pagina {page} van {pages}' },
  generated: { en: 'Generated on {0} by DPIA Assistant', nl: 'Gemaakt op {0} met DPIA Assistant' },
  residualAbove: { en: 'The residual level ({0}) is above the inherent level ({1}).', nl: 'Het restrisico ({0}) is hoger dan het inherente niveau ({1}).' },
  overdue: { en: '{0}: overdue since {1}', nl: '{0}: te laat sinds {1}' },
  acceptanceExpired: { en: 'The acceptance expired on {0}.', nl: 'De acceptatie is verlopen op {0}.' },
  motivationLevel: { en: 'Motivation of the level', nl: 'Motivering van het niveau' },
  motivationResidual: { en: 'Motivation of the residual level', nl: 'Motivering van het restrisico' },
  residualLikelihood: { en: 'Residual likelihood × impact', nl: 'Kans × impact na maatregelen' },
  laws: { en: 'Laws of the destination', nl: 'Wetgeving van het land van bestemming' },
  review: { en: 'Review', nl: 'Herbeoordeling' },
  dpoAdvice: { en: 'DPO advice', nl: 'Advies FG' },
};

const KINDS: Record<string, T> = {
  risk: { en: 'Risk', nl: 'Risico' },
  measure: { en: 'Measure', nl: 'Maatregel' },
  transfer: { en: 'Transfer', nl: 'Doorgifte' },
  data: { en: 'Personal data', nl: 'Persoonsgegevens' },
  purpose: { en: 'Purpose', nl: 'Doel' },
  processing: { en: 'Processing', nl: 'Verwerking' },
  prescan: { en: 'Pre-scan', nl: 'Pre-scan' },
};

/** The name of a block kind on its card ("Risk", "Maatregel"). */
export function kindLabel(kind: string, lang: Lang): string {
  return KINDS[kind] ? pick(KINDS[kind], lang) : kind;
}

const t = (k: keyof typeof KEYS, lang: Lang, ...args: string[]) => pick(KEYS[k], lang).replace(/\{(\d)\}/g, (_, i) => args[Number(i)] ?? '');
export const exportLabel = t;
const text = (s: string | undefined): Inline[] => (s ? [{ type: 'text', text: s }] : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);

/** A YAML value as readable lines: strings as they are, lists one per line, mappings as "key: value". */
function plain(v: unknown, lang: Lang, depth = 0): string[] {
  if (v === null || v === undefined) return [];
  if (typeof v === 'boolean') return [v ? label('yes', lang) : label('no', lang)];
  if (typeof v !== 'object') return [String(v)];
  if (depth > 4) return ['…'];
  if (Array.isArray(v)) return v.flatMap((x) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? [plain(x, lang, depth + 1).join('; ')] : plain(x, lang, depth + 1)));
  return Object.entries(v as Record<string, unknown>).map(([k, x]) => `${KEYS[k] ? t(k as keyof typeof KEYS, lang) : k}: ${plain(x, lang, depth + 1).join(', ')}`);
}

const field = (label_: string, lines: string[], extra: Partial<CardField> = {}): CardField | undefined =>
  lines.length ? { label: label_, value: lines.length === 1 ? text(lines[0]) : lines.map((l) => text(l)), ...extra } : undefined;

/** A motivation (text, or likelihood / impact / level) as lines with their labels. */
function motivationLines(m: Motivation | undefined, lang: Lang): string[] {
  if (m === undefined) return [];
  if (typeof m === 'string') return [m];
  const parts: [LabelKey, string | undefined][] = [['likelihood', m.likelihood], ['impact', m.impact], ['level', m.level]];
  return parts.flatMap(([k, x]) => (x ? [`${label(k, lang)}: ${x}`] : []));
}

/** The card of a risk: everything a DPO reads in the register, plus description, origin and motivations. */
export function riskCard(r: RegisterRisk, reg: Register): ExportBlock {
  const lang = reg.lang;
  const l = (k: LabelKey, ...a: string[]) => label(k, lang, ...a);
  const marks: CardMark[] = [];
  if (r.unreadable) return { type: 'card', kind: 'risk', id: r.id, title: r.title || r.id, fields: [], marks: [{ severity: 'error', text: unreadableText(r.unreadable, lang) }] };
  const mitigations = r.mitigations.map((m) => [m.measure && m.title !== m.measure ? `${m.measure}: ${m.title}` : m.title, [m.party && partyLabel(m.party, lang), m.status && statusLabel(m.status, lang), m.due && `${l('due')} ${m.due}`, m.owner && `${l('owner')}: ${m.owner}`].filter(Boolean).join(', ')].filter(Boolean).join(' — '));
  for (const m of r.mitigations) if (m.overdue && m.due) marks.push({ severity: 'warning', text: t('overdue', lang, m.measure ?? m.title, m.due) });
  if (r.acceptance?.expired && r.acceptance.until) marks.push({ severity: 'error', text: t('acceptanceExpired', lang, r.acceptance.until) });
  if (r.residualAbove && r.inherent && r.residual) marks.push({ severity: 'error', text: t('residualAbove', lang, r.residual.label, r.inherent.label) });
  const fields = [
    field(t('description', lang), r.description ? [r.description] : []),
    field(t('origin', lang), r.origin ? [r.origin] : []),
    field(`${l('likelihood')} × ${l('impact')}`, [`${r.likelihood} × ${r.impact}`]),
    field(l('inherent'), r.inherent ? [r.inherent.label] : [], { level: r.inherent }),
    field(t('motivationLevel', lang), motivationLines(r.motivation, lang)),
    field(l('mitigations'), mitigations),
    field(t('residualLikelihood', lang), r.residualLikelihood ? [`${r.residualLikelihood} × ${r.residualImpact ?? '?'}`] : []),
    field(l('residual'), r.residual ? [r.residual.label] : [], { level: r.residual }),
    field(t('motivationResidual', lang), motivationLines(r.residualMotivation, lang)),
    field(l('status'), [r.status]),
    field(l('acceptedBy'), r.acceptance ? [[r.acceptance.by, r.acceptance.date, r.acceptance.until && `${l('until')} ${r.acceptance.until}`].filter(Boolean).join(', '), r.acceptance.rationale ?? ''].filter(Boolean) : []),
    field(l('consultation'), r.consultation ? [[r.consultation.authority, r.consultation.date, r.consultation.reference].filter(Boolean).join(', ')] : []),
  ].filter((f): f is CardField => !!f);
  return { type: 'card', kind: 'risk', id: r.id, title: r.title, fields, marks };
}

export function measureCard(m: RegisterMeasure, lang: Lang): ExportBlock {
  const l = (k: LabelKey, ...a: string[]) => label(k, lang, ...a);
  if (m.unreadable) return { type: 'card', kind: 'measure', id: m.id ?? '?', title: m.title || m.id || '?', fields: [], marks: [{ severity: 'error', text: unreadableText(m.unreadable, lang) }] };
  const fields = [
    field(l('party'), m.party ? [partyLabel(m.party, lang)] : []),
    field(l('status'), m.status ? [statusLabel(m.status, lang)] : []),
    field(l('due'), m.due ? [m.due] : []),
    field(l('owner'), m.owner ? [m.owner] : []),
    field(l('usedBy'), m.risks.length ? [m.risks.join(', ')] : []),
  ].filter((f): f is CardField => !!f);
  return { type: 'card', kind: 'measure', id: m.id ?? '?', title: m.title, fields, marks: m.overdue && m.due ? [{ severity: 'warning', text: t('overdue', lang, m.id ?? m.title, m.due) }] : [] };
}

export function transferCard(x: RegisterTransfer, lang: Lang): ExportBlock {
  const l = (k: LabelKey, ...a: string[]) => label(k, lang, ...a);
  if (x.unreadable) return { type: 'card', kind: 'transfer', id: x.id, title: x.title ?? x.id, fields: [], marks: [{ severity: 'error', text: unreadableText(x.unreadable, lang) }] };
  const fields = [
    field(l('country'), x.countryName ?? x.country ? [x.countryName ?? x.country!] : []),
    field(l('data'), x.data),
    field(l('tool'), x.tool ? [x.tool] : []),
    field(t('laws', lang), x.laws),
    field(l('safeguards'), x.safeguards.filter(Boolean)),
    field(l('probability'), x.probability !== undefined ? [formatPercent(x.probability, lang)] : []),
    field(l('residual'), x.residual ? [x.residual.label] : [], { level: x.residual }),
    field(t('review', lang), x.review ? [x.review] : []),
  ].filter((f): f is CardField => !!f);
  return { type: 'card', kind: 'transfer', id: x.id, title: x.title ?? [x.countryName ?? x.country, x.tool].filter(Boolean).join(', '), fields, marks: [] };
}

/** A `data`, `purpose`, `processing` or `prescan` block: each key with its label and value. */
export function partCard(b: Block, lang: Lang): ExportBlock {
  const v = (b.value ?? {}) as Record<string, unknown>;
  const title = str(v.title) ?? str(v.name) ?? str(v.processing) ?? b.id ?? b.kind;
  const fields = Object.entries(v)
    .filter(([k]) => k !== 'id' && k !== 'title' && !(k === 'name' && title === v.name))
    .map(([k, x]) => field(KEYS[k] ? t(k as keyof typeof KEYS, lang) : k, plain(x, lang)))
    .filter((f): f is CardField => !!f);
  return { type: 'card', kind: b.kind, id: b.id ?? '', title, fields, marks: b.value ? [] : [{ severity: 'error', text: label('unreadableStatus', lang) }] };
}

/** The risk overview table: id, risk, inherent, mitigations, residual, status; level cells shaded. */
export function riskTable(reg: Register): ExportBlock {
  const l = (k: LabelKey) => label(k, reg.lang);
  const c = (s: string, extra: Partial<Cell> = {}): Cell => ({ inlines: text(s), ...extra });
  const header = [l('id'), l('risk'), l('inherent'), l('mitigations'), l('residual'), l('status')].map((h) => c(h, { bold: true }));
  const rows = reg.risks.map((r) => [
    c(r.id),
    c(r.unreadable ? unreadableText(r.unreadable, reg.lang) : r.title),
    c(r.inherent?.label ?? '', r.inherent ? { level: r.inherent } : {}),
    c(r.mitigations.map((m) => m.measure ?? m.title).join(', ')),
    c(r.residual?.label ?? '', r.residual ? { level: r.residual } : {}),
    c(r.status),
  ]);
  return { type: 'risk-table', title: l('register'), header, rows };
}

/** The title page: the title, then organisation, version, date, status, authors, reviewers, DPO advice, generation date. */
export function titlePage(reg: Register, generated?: string): { title: string; fields: { label: string; value: string }[] } {
  const l = (k: LabelKey) => label(k, reg.lang);
  const d = reg.dpo;
  const dpo = d ? [d.advice, [d.name, d.date].filter(Boolean).join(', '), d.followed !== undefined ? `${l('followed')}: ${d.followed ? l('yes') : l('no')}${d.reason ? ` (${d.reason})` : ''}` : ''].filter(Boolean).join(' — ') : '';
  const fields: [string, string | undefined][] = [
    [l('organisationField'), reg.meta.organisation],
    [l('version'), reg.meta.version],
    [l('date'), reg.meta.date],
    [l('documentStatus'), reg.meta.status && documentStatusLabel(reg.meta.status, reg.lang)],
    [l('authors'), reg.meta.authors.join(', ') || undefined],
    [l('reviewers'), reg.meta.reviewers.join(', ') || undefined],
    [t('dpoAdvice', reg.lang), dpo || undefined],
    ['', generated ? t('generated', reg.lang, generated) : undefined],
  ];
  return { title: reg.title, fields: fields.filter(([, v]) => v).map(([label_, value]) => ({ label: label_, value: value! })) };
}
