import { isoToday } from './text/dates';
import { compareDiagnostics, type Diagnostic, type Fix, type Severity } from './diagnostics';
import { ParseCache } from './parse/block-source';
import { parseDocument, type DpiaDocument } from './model/document';
import { assessRisks, mitigationsOf } from './model/assess';
import { transfersOf } from './model/transfer-info';
import { pick } from './i18n/lang';
import { RULES, codesOf, type DiagnosticCode } from './rules/index';
import { RULE_FAILED, internalRuleFailed } from './rules/internal-rule-failed';
import type { Rule, RuleContext } from './rules/types';
import { clampRange } from './text/clamp-range';
import { resolveEnvironment, type Analysis, type CheckOptions, type Environment, type RiskTableState } from './environment';
import { buildRegister } from './render/register';
import { findTableMarkers, tableEdit, tableIsFresh } from './render/table';

export type { CheckOptions, ResourceText, Analysis, Environment } from './environment';
export { isoToday, mitigationsOf, resolveEnvironment };

/** The risk table between the markers and whether it still shows the register (cells only: cheap). */
function riskTableState(doc: DpiaDocument, environment: Environment): RiskTableState | undefined {
  const markers = findTableMarkers(doc);
  try {
    return markers && { ...markers, fresh: tableIsFresh(doc, markers, buildRegister({ document: doc, environment })) };
  } catch {
    return undefined; // never a crash on hostile input: without a table state, table.stale stays silent
  }
}

/**
 * Computes the analysis of a parsed document: its environment, risks, transfers and the diagnostics
 * of every rule (or the rules given). A rule that throws is reported as one `internal.rule-failed`
 * error naming it, without its partial output; the other rules still report.
 */
export function analyze(doc: DpiaDocument, options: CheckOptions = {}, version = 0, rules: readonly Rule[] = RULES): Analysis<DiagnosticCode> {
  const environment = resolveEnvironment(doc, options);
  const analysis: Analysis<DiagnosticCode> = {
    uri: doc.uri,
    version,
    document: doc,
    environment,
    risks: assessRisks(doc, environment.matrix),
    transfers: transfersOf(doc),
    riskTable: riskTableState(doc, environment),
    diagnostics: [],
  };
  const out = analysis.diagnostics;
  const severities = options.severities ?? {};
  let current: Rule | undefined; // the rule running; its code fills in the reports
  const push = (d: Omit<Diagnostic<DiagnosticCode>, 'severity'> & { severity?: Severity }, rule: Rule) => {
    const setting = severities[d.code] ?? d.severity ?? rule.severity;
    if (setting !== 'off') out.push({ ...d, range: clampRange(doc.lines, d.range), severity: setting });
  };
  const { diagnostics: _, ...seen } = analysis;
  const ctx: RuleContext = {
    ...seen,
    t: (text) => pick(text, environment.lang),
    label: (v) => (v ? environment.matrix.label(v, environment.lang) : '?'),
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
  out.sort(compareDiagnostics);
  return analysis;
}

/** The diagnostics of every rule (or the rules given) on a parsed document. */
export function runRules(doc: DpiaDocument, options: CheckOptions, rules: readonly Rule[] = RULES): Diagnostic<DiagnosticCode>[] {
  return analyze(doc, options, 0, rules).diagnostics;
}

/** A fix with its edits filled in (as LSP's `codeAction/resolve`); a fix that is resolved already is returned as it is. */
export function resolveFix(analysis: Analysis, fix: Fix): Fix {
  if (!fix.resolve) return fix;
  const { resolve, ...rest } = fix;
  switch (resolve) {
    case 'risk-table':
      return { ...rest, edits: [tableEdit(analysis.document, buildRegister(analysis)).edit] };
  }
}

/** The diagnostics with every fix resolved. */
export function resolveFixes<C extends string>(analysis: Analysis, diagnostics: Diagnostic<C>[]): Diagnostic<C>[] {
  return diagnostics.map((d) => (d.fixes?.some((f) => f.resolve) ? { ...d, fixes: d.fixes.map((f) => resolveFix(analysis, f)) } : d));
}

/**
 * One-shot check of a document's text: the same analysis as the service's, with every fix resolved
 * (`{ resolveFixes: false }` leaves costly fixes unresolved, for output that shows no fixes).
 */
export function check(text: string, options: CheckOptions = {}, how: { resolveFixes?: boolean } = {}): Diagnostic<DiagnosticCode>[] {
  const analysis = analyze(parseDocument(options.uri ?? 'untitled.dpia.md', text, new ParseCache()), options);
  return how.resolveFixes === false ? analysis.diagnostics : resolveFixes(analysis, analysis.diagnostics);
}
