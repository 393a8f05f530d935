import { load } from 'js-yaml';
import { closest as nearest, distance } from 'fastest-levenshtein';
import type { Localized } from '../i18n/lang';
import { validate } from '../schema/validate';
import builtinText from '../data/catalogue.yaml';
import generalText from '../data/catalogue-general.yaml';
import { ResourceLocator, schemaIssue, yamlIssue } from '../parse/resource-issues';

export interface CatalogueSource {
  report: string;
  date: string;
  section: string;
  /** The report's own words, verbatim. */
  quote?: string;
}

/** A measure as stored in a catalogue file (see schemas/catalogue.schema.json). */
export interface CatalogueEntry {
  id: string;
  party: 'organisation' | 'supplier';
  title: { en: string; nl: string };
  description?: { en: string; nl: string };
  source: CatalogueSource;
  tags?: string[];
  /** To be done by (e.g. a supplier's commitment). */
  due?: string;
  /** The measure is meant to apply until this date (e.g. a temporary warning). */
  'valid-until'?: string;
  /** The measure is available or applies from this date. */
  from?: string;
  'date-note'?: { en: string; nl: string };
  'keeps-data-unreadable'?: boolean;
}

/** A measure that mitigations can refer to, wherever it was defined. */
export interface MeasureInfo {
  id: string;
  title: Localized;
  description?: Localized;
  party?: string;
  status?: string;
  due?: string;
  source?: string;
  tags?: string[];
  validUntil?: string;
  from?: string;
  dateNote?: Localized;
  keepsDataUnreadable?: boolean;
  /** Where the definition lives: "built-in", a catalogue path, or "document". */
  origin: string;
}

export function formatSource(s: CatalogueSource): string {
  return `${s.report} (${s.date}), ${s.section}${s.quote ? `: “${s.quote}”` : ''}`;
}

export function fromCatalogue(e: CatalogueEntry, origin: string): MeasureInfo {
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    party: e.party,
    source: formatSource(e.source),
    tags: e.tags,
    due: e.due,
    validUntil: e['valid-until'],
    from: e.from,
    dateNote: e['date-note'],
    keepsDataUnreadable: e['keeps-data-unreadable'],
    origin,
  };
}

// Global on purpose (not per document): keyed by the whole input, the value is immutable and the map is bounded;
// every document of every folder shares it.
const parsedCatalogues = new Map<string, { entries: CatalogueEntry[]; problems: string[] }>();

/** Parses and validates a catalogue YAML text; the result is remembered by text (updates re-use it). */
export function parseCatalogue(text: string, origin: string): { entries: CatalogueEntry[]; problems: string[] } {
  const key = origin + '\u0000' + text;
  let hit = parsedCatalogues.get(key);
  if (!hit) {
    hit = parseCatalogueNow(text);
    if (parsedCatalogues.size > 32) parsedCatalogues.clear();
    parsedCatalogues.set(key, hit);
  }
  return hit;
}

function parseCatalogueNow(text: string): { entries: CatalogueEntry[]; problems: string[] } {
  let data: unknown;
  try {
    data = load(text, { maxAliases: 0 });
  } catch (e) {
    return { entries: [], problems: [yamlIssue(e)] };
  }
  // Problems give a position and a reason, never the file's content (see resource-issues.ts).
  const where = new ResourceLocator(text);
  const issues = validate('catalogue', data);
  if (issues.length) return { entries: [], problems: issues.map((i) => schemaIssue(i, where)) };
  const entries = (data as { measures: CatalogueEntry[] }).measures;
  const seen = new Set<string>();
  const problems: string[] = [];
  entries.forEach((e, i) => {
    if (seen.has(e.id)) problems.push(`${where.at(`/measures/${i}/id`)}: duplicate measure id`);
    seen.add(e.id);
  });
  return { entries, problems };
}

let builtin: CatalogueEntry[] | undefined;

/** The built-in catalogue of measures taken from the source reports. */
export function builtinCatalogue(): CatalogueEntry[] {
  if (!builtin) {
    const { entries, problems } = parseCatalogue(builtinText, 'built-in');
    if (problems.length) throw new Error(`built-in catalogue is invalid: ${problems.join('; ')}`);
    builtin = entries;
  }
  return builtin;
}

let general: CatalogueEntry[] | undefined;

/**
 * The built-in catalogue of general measures (ISO/IEC 27002:2022 controls and GDPR articles as
 * sources), for a DPIA of any processing; loaded with the Microsoft 365 one.
 */
export function generalCatalogue(): CatalogueEntry[] {
  if (!general) {
    const { entries, problems } = parseCatalogue(generalText, 'built-in (general)');
    if (problems.length) throw new Error(`built-in general catalogue is invalid: ${problems.join('; ')}`);
    general = entries;
  }
  return general;
}

let builtinInfos: MeasureInfo[] | undefined;

/** Both built-in catalogues (general first, then Microsoft 365) as MeasureInfo, made once (every document update starts from them). */
export function builtinMeasures(): MeasureInfo[] {
  return (builtinInfos ??= [...generalCatalogue(), ...builtinCatalogue()].map((e) => fromCatalogue(e, 'built-in')));
}

/** Measures by id; later layers (workspace catalogues, then the document) override earlier ones. */
export class MeasureIndex {
  private readonly byId = new Map<string, MeasureInfo>();

  constructor(layers: readonly (readonly MeasureInfo[])[]) {
    for (const layer of layers) for (const m of layer) this.byId.set(m.id, m);
  }

  get(id: string): MeasureInfo | undefined {
    return this.byId.get(id);
  }

  all(): MeasureInfo[] {
    return [...this.byId.values()];
  }

  /** Up to `n` known ids closest to `id` (case-insensitive match first, then edit distance). */
  closest(id: string, n = 3): string[] {
    const ids = [...this.byId.keys()];
    const lower = id.toLowerCase();
    const exact = ids.filter((k) => k.toLowerCase() === lower);
    const limit = Math.max(2, Math.ceil(id.length / 2));
    const scored = ids
      .filter((k) => !exact.includes(k))
      .map((k) => ({ k, d: distance(lower, k.toLowerCase()) }))
      .filter((x) => x.d <= limit)
      .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
      .map((x) => x.k);
    const out = [...exact, ...scored].slice(0, n);
    if (!out.length && ids.length) {
      const best = nearest(lower, ids.map((k) => k.toLowerCase()));
      const match = ids.find((k) => k.toLowerCase() === best);
      if (match && distance(lower, best) <= id.length) out.push(match);
    }
    return out;
  }
}
