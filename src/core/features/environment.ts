import type { DpiaDocument } from '../model/document';
import { resolveResources, type CheckOptions } from '../check';
import type { Matrix } from '../model/matrix';
import type { MeasureIndex, MeasureInfo } from '../catalogue/catalogue';
import { pick, type Lang } from '../i18n/lang';
import { md } from './escape';

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

/** Markdown describing a measure: title, party, status, description and source (all of it escaped: it is text from a document or catalogue). */
export function measureMarkdown(m: MeasureInfo, lang: Lang): string {
  const lines = [`**${md(m.id)}**: ${md(pick(m.title, lang))}`, ''];
  const facts: string[] = [];
  if (m.party) facts.push(`${lang === 'nl' ? 'Partij' : 'Party'}: ${md(pick(PARTY[m.party] ?? m.party, lang))}`);
  if (m.status) facts.push(`Status: ${md(m.status)}`);
  if (m.due) facts.push(`${lang === 'nl' ? 'Uiterlijk' : 'Due'}: ${md(m.due)}`);
  if (m.deadline) facts.push(`${lang === 'nl' ? 'Termijn uit het rapport' : 'Deadline in the report'}: ${md(m.deadline)}`);
  if (facts.length) lines.push(facts.join(' · '), '');
  if (m.description) lines.push(md(pick(m.description, lang)), '');
  if (m.source) lines.push(`${lang === 'nl' ? 'Bron' : 'Source'}: ${md(m.source)}`);
  lines.push(`${lang === 'nl' ? 'Gedefinieerd in' : 'Defined in'}: ${m.origin === 'built-in' ? (lang === 'nl' ? 'ingebouwde catalogus' : 'built-in catalogue') : md(m.origin)}`);
  return lines.join('\n').trim();
}
