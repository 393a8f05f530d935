import type { Diagnostic } from './diagnostics';
import { locate, type DpiaDocument } from './model/document';
import { builtinMatrix, parseMatrix, DEFAULT_MATRIX, type Matrix } from './model/matrix';
import { builtinMeasures, fromCatalogue, parseCatalogue, MeasureIndex, type MeasureInfo } from './catalogue/catalogue';
import type { RiskAssessment } from './model/assess';
import type { TransferInfo } from './model/transfer-info';
import { pick, toLang, type Lang, type Localized } from './i18n/lang';
import { dominantEol, type Range } from './text/lines';
import { isoToday } from './text/dates';
import { refusal } from './parse/resource-issues';
import { linkedDpia, linkedPrescan, type LinkedDocument, type LinkedPrescan } from './model/linked-document';

/** A resource given as text, or the reason it could not be read (reported as a located problem). */
export type ResourceText = { origin: string; text: string; error?: undefined } | { origin: string; error: string; text?: undefined };

/** Reads a resource named relative to a document: its text, or why it was refused; undefined when unreadable. */
export type ReadResource = (documentUri: string, relativePath: string) => string | { error: string } | undefined;

/** The settings a document is checked with (`check` options; `createService`'s `settingsFor`). */
export interface CheckOptions {
  /** Path or URI of the document: decides `*.dpia.md` detection and the base for relative resources. */
  uri?: string;
  /** ISO date (YYYY-MM-DD) the date rules compare with; null switches them off; default: today. */
  today?: string | null;
  /** Matrix for documents whose front matter names none: a built-in name or a matrix YAML text. */
  matrix?: string | ResourceText;
  /** Severity per code ("off" disables); unknown codes are ignored. */
  severities?: Record<string, import('./diagnostics').SeveritySetting>;
  /** Language of messages when the document does not say (front matter `language`). */
  locale?: string;
  /** Extra catalogues from settings, applied before those named in the front matter. */
  catalogues?: ResourceText[];
  /**
   * Reads a resource (matrix file, catalogue) named relative to the document: its text, or why it was
   * refused (outside the project, not a regular file, too large); undefined when unreadable.
   */
  readResource?: ReadResource;
}

/** A problem found while loading the document's matrix or catalogues. */
export interface ResourceProblem {
  code: 'matrix.invalid' | 'catalogue.invalid';
  range: Range;
  message: string;
}

/** What a document is read with: its matrix, measures (built-in, catalogues, its own), language and date. */
export interface Environment {
  matrix: Matrix;
  measures: MeasureIndex;
  lang: Lang;
  /** ISO date the date rules and marks compare with; null switches them off. */
  today: string | null;
  /** Line terminator for inserted lines (the document's dominant one). */
  eol: string;
  /** Problems met while loading the matrix and catalogues, located in the document. */
  problems: ResourceProblem[];
  /** A pre-scan's DPIA (front matter `dpia:`), read to see whether it names the pre-scan back. */
  linkedDpia?: LinkedDocument;
  /** The pre-scan a DPIA or DTIA names in its front matter (`prescan:`): its data categories and purposes carry over. */
  linkedPrescan?: LinkedPrescan;
}

/** The risk table between the markers, when the document has one. */
export interface RiskTableState {
  start: number;
  end: number;
  /** Whether it shows what the risk and transfer blocks hold (spacing does not count). */
  fresh: boolean;
}

/**
 * Everything known about one version of a document, computed once per update and read by the rules,
 * the language features and the renderers.
 */
export interface Analysis<C extends string = string> {
  uri: string;
  version: number;
  document: DpiaDocument;
  environment: Environment;
  risks: RiskAssessment[];
  transfers: TransferInfo[];
  riskTable?: RiskTableState;
  diagnostics: Diagnostic<C>[];
}

/** Resolves the matrix and measure catalogues a document uses, with located problems. */
export function resolveEnvironment(doc: DpiaDocument, options: CheckOptions): Environment {
  const problems: ResourceProblem[] = [];
  const fm = doc.frontMatter;
  const lang: Lang = doc.language ?? toLang(options.locale) ?? 'en';
  const named = fm?.value?.matrix;
  let matrix: Matrix | undefined;
  const read = (spec: string): ResourceText => {
    const r = options.readResource?.(doc.uri, spec);
    return typeof r === 'string' ? { origin: spec, text: r } : { origin: spec, error: r?.error ?? 'cannot read the file' };
  };
  const load = (spec: string | ResourceText, report: (msg: Localized & { nl: string }) => void): Matrix | undefined => {
    if (typeof spec !== 'string') {
      if (spec.text === undefined) {
        const why = refusal(spec.error);
        report({ en: `cannot read matrix file "${spec.origin}": ${why.en}`, nl: `matrixbestand "${spec.origin}" is niet te lezen: ${why.nl}` });
        return undefined;
      }
      const r = parseMatrix(spec.text);
      if (!r.matrix) report({ en: `matrix ${spec.origin} is invalid: ${r.problems.join('; ')}`, nl: `matrix ${spec.origin} is ongeldig: ${r.problems.join('; ')}` });
      return r.matrix;
    }
    const builtin = builtinMatrix(spec);
    if (builtin) return builtin;
    if (!/[./\\]/.test(spec)) {
      report({ en: `unknown matrix "${spec}"; use rijksdienst, ico, cnil or a relative path to a matrix file`, nl: `onbekende matrix "${spec}"; gebruik rijksdienst, ico, cnil of een relatief pad naar een matrixbestand` });
      return undefined;
    }
    return load(read(spec), report);
  };
  // Problems with resources from settings or the command line are shown at the front matter (or line 1).
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: fm ? 3 : 0 } };
  if (typeof named === 'string' && fm) {
    matrix = load(named, (m) => problems.push({ code: 'matrix.invalid', range: locate(fm, '/matrix'), message: pick(m, lang) }));
  }
  if (!matrix && options.matrix) matrix = load(options.matrix, (m) => problems.push({ code: 'matrix.invalid', range: top, message: pick(m, lang) }));
  matrix ??= builtinMatrix(DEFAULT_MATRIX)!;

  const layers: MeasureInfo[][] = [builtinMeasures()];
  const catalogue = (c: ResourceText, range: Range) => {
    if (c.text === undefined) {
      const why = refusal(c.error);
      problems.push({ code: 'catalogue.invalid', range, message: pick({ en: `cannot read catalogue "${c.origin}": ${why.en}`, nl: `catalogus "${c.origin}" is niet te lezen: ${why.nl}` }, lang) });
      return;
    }
    const r = parseCatalogue(c.text, c.origin);
    if (r.problems.length) problems.push({ code: 'catalogue.invalid', range, message: pick({ en: `catalogue "${c.origin}" is invalid: ${r.problems.join('; ')}`, nl: `catalogus "${c.origin}" is ongeldig: ${r.problems.join('; ')}` }, lang) });
    layers.push(r.entries.map((e) => fromCatalogue(e, c.origin)));
  };
  for (const c of options.catalogues ?? []) catalogue(c, top);
  const listed = fm?.value?.catalogues;
  if (Array.isArray(listed) && fm) {
    listed.forEach((rel, i) => {
      if (typeof rel === 'string') catalogue(read(rel), locate(fm, `/catalogues/${i}`));
    });
  }
  layers.push(documentMeasures(doc));
  const today = options.today === undefined ? isoToday() : options.today;
  const linked = linkedDpia(doc, read);
  const prescan = linkedPrescan(doc, read);
  return { matrix, measures: new MeasureIndex(layers), lang, today, eol: dominantEol(doc.text), problems, ...(linked ? { linkedDpia: linked } : {}), ...(prescan ? { linkedPrescan: prescan } : {}) };
}

/** The document's own `measure` blocks, as the top layer of its measure index. */
function documentMeasures(doc: DpiaDocument): MeasureInfo[] {
  const out: MeasureInfo[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'measure' || !b.id || !b.value) continue;
    const v = b.value;
    const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
    out.push({ id: b.id, title: { en: s('title') ?? b.id }, description: s('description') ? { en: s('description')! } : undefined, party: s('party'), status: s('status'), due: s('due'), validUntil: s('valid-until'), from: s('from'), source: s('source'), keepsDataUnreadable: v['keeps-data-unreadable'] === true, origin: 'document' });
  }
  return out;
}
