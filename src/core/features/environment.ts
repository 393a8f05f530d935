import type { DpiaDocument } from '../model/document';
import { resolveResources, type CheckOptions } from '../check';
import type { Matrix } from '../model/matrix';
import type { MeasureIndex, MeasureInfo } from '../catalogue/catalogue';
import { pick, type Lang } from '../i18n/lang';

/** What the language features need to know about a document: its matrix, measures and language. */
export interface FeatureEnv {
  matrix: Matrix;
  measures: MeasureIndex;
  lang: Lang;
}

export function featureEnv(doc: DpiaDocument, options: CheckOptions = {}): FeatureEnv {
  const { matrix, measures, lang } = resolveResources(doc, options);
  return { matrix, measures, lang };
}

const PARTY: Record<string, { en: string; nl: string }> = {
  organisation: { en: 'organisation', nl: 'organisatie' },
  supplier: { en: 'supplier', nl: 'leverancier' },
};

/** Markdown describing a measure: title, party, status, description and source. */
export function measureMarkdown(m: MeasureInfo, lang: Lang): string {
  const lines = [`**${m.id}**: ${pick(m.title, lang)}`, ''];
  const facts: string[] = [];
  if (m.party) facts.push(`${lang === 'nl' ? 'Partij' : 'Party'}: ${pick(PARTY[m.party] ?? m.party, lang)}`);
  if (m.status) facts.push(`Status: ${m.status}`);
  if (m.due) facts.push(`${lang === 'nl' ? 'Uiterlijk' : 'Due'}: ${m.due}`);
  if (m.from) facts.push(`${lang === 'nl' ? 'Vanaf' : 'From'}: ${m.from}`);
  if (m.validUntil) facts.push(`${lang === 'nl' ? 'Geldig tot en met' : 'Valid until'}: ${m.validUntil}`);
  if (facts.length) lines.push(facts.join(' · '), '');
  if (m.description) lines.push(pick(m.description, lang), '');
  if (m.dateNote) lines.push(`${lang === 'nl' ? 'Termijn' : 'Dates'}: ${pick(m.dateNote, lang)}`, '');
  if (m.source) lines.push(`${lang === 'nl' ? 'Bron' : 'Source'}: ${m.source}`);
  lines.push(`${lang === 'nl' ? 'Gedefinieerd in' : 'Defined in'}: ${m.origin === 'built-in' ? (lang === 'nl' ? 'ingebouwde catalogus' : 'built-in catalogue') : m.origin}`);
  return lines.join('\n').trim();
}
