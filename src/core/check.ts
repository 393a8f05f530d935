import { isoToday } from './text/dates';
import { compareDiagnostics, type Diagnostic, type SeveritySetting } from './diagnostics';
import { ParseCache } from './parse/block-source';
import { parseDocument, locate, type DpiaDocument } from './model/document';
import { assessRisks } from './model/assess';
import { builtinMatrix, parseMatrix, DEFAULT_MATRIX, type Matrix } from './model/matrix';
import { builtinMeasures, fromCatalogue, parseCatalogue, MeasureIndex, type MeasureInfo } from './catalogue/catalogue';
import { pick, toLang, type Lang } from './i18n/lang';
import { dominantEol } from './text/lines';
import { CODES, RULES } from './rules/index';
import type { ResourceProblem, RuleContext } from './rules/types';
import { mitigationsOf } from './model/assess';
import { clampRange } from './text/clamp-range';

export interface CheckOptions {
  /** Path or URI of the document: decides `*.dpia.md` detection and the base for relative resources. */
  uri?: string;
  /** ISO date (YYYY-MM-DD) the date rules compare with; null switches them off; default: today. */
  today?: string | null;
  /** Matrix for documents whose front matter names none: a built-in name or a matrix YAML text. */
  matrix?: string | { origin: string; text: string };
  /** Severity per code ("off" disables); unknown codes are ignored. */
  severities?: Record<string, SeveritySetting>;
  /** Language of messages when the document does not say (front matter `language`). */
  locale?: string;
  /** Extra catalogues from settings, applied before those named in the front matter. */
  catalogues?: { origin: string; text: string }[];
  /** Reads a resource (matrix file, catalogue) named relative to the document; undefined when unreadable. */
  readResource?: (documentUri: string, relativePath: string) => string | undefined;
}

export { isoToday };

/** Resolves the matrix and measure catalogues a document uses, with located problems. */
export function resolveResources(doc: DpiaDocument, options: CheckOptions) {
  const problems: ResourceProblem[] = [];
  const fm = doc.frontMatter;
  const lang: Lang = doc.language ?? toLang(options.locale) ?? 'en';
  const named = fm?.value?.matrix;
  let matrix: Matrix | undefined;
  const load = (spec: string | { origin: string; text: string }, report: (msg: { en: string; nl: string }) => void) => {
    if (typeof spec !== 'string') {
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
    const text = options.readResource?.(doc.uri, spec);
    if (text === undefined) {
      report({ en: `cannot read matrix file "${spec}"`, nl: `matrixbestand "${spec}" is niet te lezen` });
      return undefined;
    }
    return load({ origin: spec, text }, report);
  };
  if (typeof named === 'string' && fm) {
    matrix = load(named, (m) => problems.push({ code: 'matrix.invalid', range: locate(fm, '/matrix'), message: pick(m, lang) }));
  }
  if (!matrix && options.matrix) matrix = load(options.matrix, (m) => problems.push({ code: 'matrix.invalid', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: pick(m, lang) }));
  matrix ??= builtinMatrix(DEFAULT_MATRIX)!;

  const layers: MeasureInfo[][] = [builtinMeasures()];
  for (const c of options.catalogues ?? []) {
    const r = parseCatalogue(c.text, c.origin);
    layers.push(r.entries.map((e) => fromCatalogue(e, c.origin)));
  }
  const listed = fm?.value?.catalogues;
  if (Array.isArray(listed) && fm) {
    listed.forEach((rel, i) => {
      if (typeof rel !== 'string') return;
      const range = locate(fm, `/catalogues/${i}`);
      const text = options.readResource?.(doc.uri, rel);
      if (text === undefined) {
        problems.push({ code: 'catalogue.invalid', range, message: pick({ en: `cannot read catalogue "${rel}"`, nl: `catalogus "${rel}" is niet te lezen` }, lang) });
        return;
      }
      const r = parseCatalogue(text, rel);
      if (r.problems.length) problems.push({ code: 'catalogue.invalid', range, message: pick({ en: `catalogue "${rel}" is invalid: ${r.problems.join('; ')}`, nl: `catalogus "${rel}" is ongeldig: ${r.problems.join('; ')}` }, lang) });
      layers.push(r.entries.map((e) => fromCatalogue(e, rel)));
    });
  }
  layers.push(documentMeasures(doc));
  return { matrix, measures: new MeasureIndex(layers), problems, lang };
}

function documentMeasures(doc: DpiaDocument): MeasureInfo[] {
  const out: MeasureInfo[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'measure' || !b.id || !b.value) continue;
    const v = b.value;
    const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
    out.push({ id: b.id, title: { en: s('title') ?? b.id }, description: s('description') ? { en: s('description')! } : undefined, party: s('party'), status: s('status'), due: s('due'), source: s('source'), keepsDataUnreadable: v['keeps-data-unreadable'] === true, origin: 'document' });
  }
  return out;
}

/** Runs every rule on a parsed document. */
export function runRules(doc: DpiaDocument, options: CheckOptions): Diagnostic[] {
  const { matrix, measures, problems, lang } = resolveResources(doc, options);
  const out: Diagnostic[] = [];
  const severities = options.severities ?? {};
  const ctx: RuleContext = {
    doc,
    matrix,
    measures,
    risks: assessRisks(doc, matrix),
    today: options.today === undefined ? isoToday() : options.today,
    lang,
    eol: dominantEol(doc.text),
    resourceProblems: problems,
    t: (text) => pick(text, lang),
    label: (v) => (v ? matrix.label(v, lang) : '?'),
    report(d) {
      const setting = severities[d.code] ?? d.severity ?? CODES.get(d.code)?.severity ?? 'error';
      if (setting === 'off') return;
      out.push({ ...d, range: clampRange(doc.lines, d.range), severity: setting });
    },
  };
  for (const rule of RULES) rule.run(ctx);
  return out.sort(compareDiagnostics);
}

/** One-shot check of a document's text. */
export function check(text: string, options: CheckOptions = {}): Diagnostic[] {
  return runRules(parseDocument(options.uri ?? 'untitled.dpia.md', text, new ParseCache()), options);
}

export { mitigationsOf };
