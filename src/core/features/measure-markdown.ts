import type { MeasureInfo } from '../catalogue/catalogue';
import { pick, type Lang } from '../i18n/lang';
import { md } from './escape';
import { partyLabel, statusLabel } from '../i18n/status-labels';

/** Markdown describing a measure: title, party, status, description and source (all of it escaped: it is text from a document or catalogue). */
export function measureMarkdown(m: MeasureInfo, lang: Lang): string {
  const lines = [`**${md(m.id)}**: ${md(pick(m.title, lang))}`, ''];
  const facts: string[] = [];
  if (m.party) facts.push(`${lang === 'nl' ? 'Partij' : 'Party'}: ${md(partyLabel(m.party, lang))}`);
  if (m.status) facts.push(`Status: ${md(statusLabel(m.status, lang))}`);
  if (m.due) facts.push(`${lang === 'nl' ? 'Uiterlijk' : 'Due'}: ${md(m.due)}`);
  if (m.from) facts.push(`${lang === 'nl' ? 'Vanaf' : 'From'}: ${md(m.from)}`);
  if (m.validUntil) facts.push(`${lang === 'nl' ? 'Geldig tot en met' : 'Valid until'}: ${md(m.validUntil)}`);
  if (facts.length) lines.push(facts.join(' · '), '');
  if (m.description) lines.push(md(pick(m.description, lang)), '');
  if (m.dateNote) lines.push(`${lang === 'nl' ? 'Termijn' : 'Dates'}: ${md(pick(m.dateNote, lang))}`, '');
  if (m.source) lines.push(`${lang === 'nl' ? 'Bron' : 'Source'}: ${md(m.source)}`);
  lines.push(`${lang === 'nl' ? 'Gedefinieerd in' : 'Defined in'}: ${m.origin === 'built-in' ? (lang === 'nl' ? 'ingebouwde catalogus' : 'built-in catalogue') : md(m.origin)}`);
  return lines.join('\n').trim();
}
