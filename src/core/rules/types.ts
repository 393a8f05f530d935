import type { Diagnostic, Fix, Severity } from '../diagnostics';
import type { Block, YamlSection } from '../model/document';
import type { Analysis } from '../environment';
import type { MatrixValue } from '../model/matrix';
import type { Localized } from '../i18n/lang';

/**
 * What a rule sees: the document's analysis (without the diagnostics being computed) plus the means
 * to report and to translate.
 */
export interface RuleContext<C extends string = string> extends Omit<Analysis, 'diagnostics'> {
  /**
   * Reports a diagnostic. The context fills in the rule's code; a rule with several codes names
   * the one it reports, which must be one of its `codes` (anything else is a programming error and
   * becomes `internal.rule-failed`). `severity` overrides the rule's default for this one diagnostic
   * (e.g. an error in a final document); a severity the user configured for the code still wins.
   */
  report(d: Report<C>): void;
  /** Picks the English or Dutch message. */
  t(text: Localized): string;
  /** A matrix value's label in the document's language. */
  label(v: MatrixValue | undefined): string;
}

/**
 * What a rule reports: the diagnostic without severity, and without code for a rule with one code.
 * A rule with several codes must name one (checked when it reports).
 */
export type Report<C extends string> = Omit<Diagnostic, 'severity' | 'code'> & { severity?: Severity; code?: C };

/**
 * Tags group rules for documentation, `dpia rules` and settings. `date`: the rule compares dates
 * with today (`--today`); with the date rules off (`--no-dates`, `dpia.dateRules: false`) it makes
 * no date comparison. The others name what the rule checks.
 */
export const TAGS = {
  date: 'compares a date with today; `--no-dates` / `dpia.dateRules: false` switch the comparison off',
  syntax: 'the Markdown and YAML of blocks and front matter',
  document: 'the document as a whole: fences, front matter, ids, the DPO, the risk table',
  schema: 'the shape of a block or of the front matter',
  resource: 'the matrix and measure catalogues a document uses',
  risk: '`risk` blocks: levels, residual risk, acceptance, consultation',
  measure: 'measures: catalogue ids, due dates',
  transfer: '`transfer` blocks (DTIA): destination, transfer tool, assessment',
  data: '`data` blocks (part A): special, criminal and BSN data, retention',
  purpose: '`purpose` blocks (part B): legal basis, exceptions, balancing test',
  processing: '`processing` blocks (part A): parties, agreements, locations',
  prescan: '`prescan` blocks: is a DPIA required?',
  internal: 'a failure of DPIA Assistant itself',
} as const;
export type Tag = keyof typeof TAGS;

export interface Rule<C extends string = string> {
  /** Stable dotted code, e.g. "risk.unmitigated-high"; names the rule. */
  code: C;
  /** Every code the rule reports, when it has several (e.g. the schema.* family). */
  codes?: readonly C[];
  severity: Severity;
  tags: readonly Tag[];
  /** One sentence, English and Dutch: `dpia rules`, SARIF, the settings' descriptions. */
  description: Localized & { nl: string };
  /** The README reference text (English Markdown), after the default severity. */
  docs: string;
  run(ctx: RuleContext<C>): void;
}

/** Declares a rule; its codes become part of the `DiagnosticCode` union. */
export function defineRule<const C extends string>(rule: Rule<C>): Rule<C> {
  return rule;
}

export type { Block, YamlSection, Fix };
export type { ResourceProblem } from '../environment';
