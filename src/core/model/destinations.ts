import { pick } from '../i18n/lang';
import { load } from 'js-yaml';
import adequacyText from '../data/adequacy.yaml';

/** How a destination stands under GDPR Chapter V. */
export type DestinationStatus = 'eea' | 'adequate' | 'dpf' | 'none';

/** One adequacy decision (or the DPF) as listed in data/adequacy.yaml. */
export interface AdequacyEntry {
  name: string;
  decision: string;
  'decision-nl'?: string;
  date: string;
  until?: string;
  scope?: string;
  'scope-nl'?: string;
  /** The importer sectors the decision covers; absent: all. */
  sectors?: ('private' | 'public')[];
  note?: string;
  'note-nl'?: string;
}

interface AdequacyData {
  'as-of': string;
  source: string;
  eea: string[];
  'outermost-regions': string[];
  adequate: Record<string, AdequacyEntry>;
  dpf: Record<string, AdequacyEntry>;
  'problem-laws': Record<string, string[]>;
}

let data: AdequacyData | undefined;
const adequacy = (): AdequacyData => (data ??= load(adequacyText) as AdequacyData);
const own = <T>(rec: Record<string, T>, key: string): T | undefined => (Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined);

/** When the adequacy list was compiled and where it comes from. */
export function adequacyAsOf(): { asOf: string; source: string } {
  return { asOf: adequacy()['as-of'], source: adequacy().source };
}

export function destinationStatus(country: string): DestinationStatus {
  const c = country.toUpperCase();
  const d = adequacy();
  if (d.eea.includes(c) || d['outermost-regions'].includes(c)) return 'eea';
  if (own(d.adequate, c)) return 'adequate';
  if (own(d.dpf, c)) return 'dpf';
  return 'none';
}

/** The adequacy decision (or the DPF decision for the US) for a country, if any. */
export function adequacyEntry(country: string): AdequacyEntry | undefined {
  const c = country.toUpperCase();
  return own(adequacy().adequate, c) ?? own(adequacy().dpf, c);
}

/** Whether the country's adequacy decision covers an importer of this sector (Canada and Japan: private only). */
export function adequacyCovers(country: string, sector: string | undefined): boolean {
  const e = own(adequacy().adequate, country.toUpperCase());
  if (!e) return false;
  return !e.sectors || sector === undefined || (e.sectors as string[]).includes(sector);
}

/** The laws of the destination a DTIA must assess whatever the author lists (e.g. FISA 702 and EO 12333 for the US). */
export function defaultProblemLaws(country: string): string[] {
  return own(adequacy()['problem-laws'], country.toUpperCase()) ?? [];
}

/**
 * The decision behind a destination, for people: reference, date, end date, scope and any caveat,
 * e.g. "Commission Implementing Decision (EU) 2019/419 of 2019-01-23; private sector under the APPI only".
 */
export function adequacyDetails(country: string, lang: 'en' | 'nl'): string | undefined {
  const e = adequacyEntry(country);
  if (!e) return undefined;
  const t = (en: string | undefined, nl: string | undefined) => (en === undefined ? undefined : pick({ en, nl: nl ?? en }, lang));
  const parts = [`${t(e.decision, e['decision-nl'])} ${t('of', 'van')} ${e.date}`];
  if (e.until) parts.push(`${t('valid until', 'geldig tot')} ${e.until}`);
  const scope = t(e.scope, e['scope-nl']);
  if (scope) parts.push(scope);
  const note = t(e.note, e['note-nl']);
  if (note) parts.push(note);
  parts.push(`${t('list as of', 'lijst bijgewerkt op')} ${adequacy()['as-of']}`);
  return parts.join('; ');
}

/** Whether a transfer needs a transfer impact assessment: no adequacy covers it and it is no Art. 49 derogation. */
export function needsAssessment(country: string, tool: string | undefined, sector?: string): boolean {
  if (tool === 'derogation') return false;
  const s = destinationStatus(country);
  if (s === 'eea') return false;
  if (s === 'adequate') return !adequacyCovers(country, sector);
  if (s === 'dpf' && tool === 'dpf') return false;
  return true;
}
