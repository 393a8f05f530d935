import { isoToday } from './text/dates';
import { compareDiagnostics, type Diagnostic, type Severity, type SeveritySetting } from './diagnostics';
import { ParseCache } from './parse/block-source';
import { parseDocument, locate, type DpiaDocument } from './model/document';
import { assessRisks } from './model/assess';
import { builtinMatrix, parseMatrix, DEFAULT_MATRIX, type Matrix } from './model/matrix';
import { builtinMeasures, fromCatalogue, parseCatalogue, MeasureIndex, type MeasureInfo } from './catalogue/catalogue';
import { pick, toLang, type Lang } from './i18n/lang';
import { dominantEol } from './text/lines';
import { RULES, codesOf, type DiagnosticCode } from './rules/index';
import { RULE_FAILED, internalRuleFailed } from './rules/internal-rule-failed';
import type { ResourceProblem, Rule, RuleContext } from './rules/types';
import type { Range } from './text/lines';
import { refusal } from './parse/resource-issues';
import { mitigationsOf } from './model/assess';
import { clampRange } from './text/clamp-range';

/** A resource given as text, or the reason it could not be read (reported as a located problem). */
export type ResourceText = { origin: string; text: string; error?: undefined } | { origin: string; error: string; text?: undefined };

export interface CheckOptions {
  /** Path or URI of the document: decides `*.dpia.md` detection and the base for relative resources. */
  uri?: string;
  /** ISO date (YYYY-MM-DD) the date rules compare with; null switches them off; default: today. */
  today?: string | null;
  /** Matrix for documents whose front matter names none: a built-in name or a matrix YAML text. */
  matrix?: string | ResourceText;
  /** Severity per code ("off" disables); unknown codes are ignored. */
  severities?: Record<string, SeveritySetting>;
  /** Language of messages when the document does not say (front matter `language`). */
  locale?: string;
  /** Extra catalogues from settings, applied before those named in the front matter. */
  catalogues?: ResourceText[];
  /**
   * Reads a resource (matrix file, catalogue) named relative to the document: its text, or why it was
   * refused (outside the project, not a regular file, too large); undefined when unreadable.
   */
  readResource?: (documentUri: string, relativePath: string) => string | { error: string } | undefined;
}

export { isoToday };

/** Resolves the matrix and measure catalogues a document uses, with located problems. */
export function resolveResources(doc: DpiaDocument, options: CheckOptions) {
  const problems: ResourceProblem[] = [];
  const fm = doc.frontMatter;
  const lang: Lang = doc.language ?? toLang(options.locale) ?? 'en';
  const named = fm?.value?.matrix;
  let matrix: Matrix | undefined;
  const read = (spec: string): ResourceText => {
    const r = options.readResource?.(doc.uri, spec);
    return typeof r === 'string' ? { origin: spec, text: r } : { origin: spec, error: r?.error ?? 'cannot read the file' };
  };
  const load = (spec: string | ResourceText, report: (msg: { en: string; nl: string }) => void): Matrix | undefined => {
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
  return { matrix, measures: new MeasureIndex(layers), problems, lang };
}

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

/**
 * Runs every rule (or the rules given) on a parsed document. A rule that throws is reported as one
 * `internal.rule-failed` error naming it, without its partial output; the other rules still report.
 */
export function runRules(doc: DpiaDocument, options: CheckOptions, rules: readonly Rule[] = RULES): Diagnostic<DiagnosticCode>[] {
  const { matrix, measures, problems, lang } = resolveResources(doc, options);
  const out: Diagnostic<DiagnosticCode>[] = [];
  const severities = options.severities ?? {};
  let current: Rule | undefined; // the rule running; its code fills in the reports
  const push = (d: Omit<Diagnostic<DiagnosticCode>, 'severity'> & { severity?: Severity }, rule: Rule) => {
    const setting = severities[d.code] ?? d.severity ?? rule.severity;
    if (setting !== 'off') out.push({ ...d, range: clampRange(doc.lines, d.range), severity: setting });
  };
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
      const rule = current!;
      const code = d.code ?? (rule.codes ? undefined : rule.code);
      // A code the rule does not declare (or none from a rule with several) is a bug in the rule.
      if (code === undefined || !codesOf(rule).includes(code)) throw new Error(`rule ${rule.code} reported ${code === undefined ? 'no code' : `the undeclared code ${code}`}`);
      push({ ...d, code: code as DiagnosticCode }, rule);
    },
  };
  for (const rule of rules) {
    const before = out.length;
    current = rule;
    try {
      rule.run(ctx);
    } catch {
      out.length = before; // the failed rule's partial output is dropped
      push({
        code: RULE_FAILED,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        block: null,
        message: ctx.t({
          en: `internal error: rule ${rule.code} failed on this document and was skipped; the other rules ran. Please report it (with the document if you can share it).`,
          nl: `interne fout: regel ${rule.code} faalde op dit document en is overgeslagen; de andere regels zijn uitgevoerd. Meld dit alstublieft (met het document als u het kunt delen).`,
        }),
      }, internalRuleFailed);
    }
  }
  return out.sort(compareDiagnostics);
}

/** One-shot check of a document's text. */
export function check(text: string, options: CheckOptions = {}): Diagnostic<DiagnosticCode>[] {
  return runRules(parseDocument(options.uri ?? 'untitled.dpia.md', text, new ParseCache()), options);
}

export { mitigationsOf };
