import type { MeasureInfo } from '../catalogue/catalogue';
import { pick, type Lang, type Localized } from '../i18n/lang';
import { md } from './escape';
import { partyLabel, statusLabel } from '../i18n/status-labels';

/** Markdown describing a measure: title, party, status, description and source (all of it escaped: it is text from a document or catalogue). */
export function measureMarkdown(m: MeasureInfo, lang: Lang): string {
  const t = (text: Localized) => pick(text, lang);
  const lines = [`**${md(m.id)}**: ${md(pick(m.title, lang))}`, ''];
  const facts: string[] = [];
  if (m.party) facts.push(`${t({ en: 'Party', nl: 'Partij' })}: ${md(partyLabel(m.party, lang))}`);
  if (m.status) facts.push(`Status: ${md(statusLabel(m.status, lang))}`);
  if (m.due) facts.push(`${t({ en: 'Due', nl: 'Uiterlijk' })}: ${md(m.due)}`);
  if (m.from) facts.push(`${t({ en: 'From', nl: 'Vanaf' })}: ${md(m.from)}`);
  if (m.validUntil) facts.push(`${t({ en: 'Valid until', nl: 'Geldig tot en met' })}: ${md(m.validUntil)}`);
  if (facts.length) lines.push(facts.join(' · '), '');
  if (m.description) lines.push(md(pick(m.description, lang)), '');
  if (m.dateNote) lines.push(`${t({ en: 'Dates', nl: 'Termijn' })}: ${md(pick(m.dateNote, lang))}`, '');
  if (m.source) lines.push(`${t({ en: 'Source', nl: 'Bron' })}: ${md(m.source)}`);
  const origin = m.origin === 'built-in' ? t({ en: 'built-in catalogue', nl: 'ingebouwde catalogus' }) : md(m.origin);
  lines.push(`${t({ en: 'Defined in', nl: 'Gedefinieerd in' })}: ${origin}`);
  return lines.join('\n').trim();
}
