import type { Diagnostic, Fix, Severity } from '../diagnostics';
import type { Block, DpiaDocument, YamlSection } from '../model/document';
import type { Matrix, MatrixValue } from '../model/matrix';
import type { MeasureIndex } from '../catalogue/catalogue';
import type { RiskAssessment } from '../model/assess';
import type { Lang, Localized } from '../i18n/lang';
import type { Range } from '../text/lines';

/** A problem found while loading the document's matrix or catalogues. */
export interface ResourceProblem {
  code: 'matrix.invalid' | 'catalogue.invalid';
  range: Range;
  message: string;
}

export interface RuleContext {
  doc: DpiaDocument;
  matrix: Matrix;
  measures: MeasureIndex;
  risks: RiskAssessment[];
  /** ISO date the date rules compare with; null switches them off. */
  today: string | null;
  lang: Lang;
  /** Line terminator for inserted lines. */
  eol: string;
  resourceProblems: ResourceProblem[];
  /**
   * Reports a diagnostic. `severity` overrides the rule's default for this one diagnostic (e.g. an
   * error in a final document); a severity the user configured for the code still wins.
   */
  report(d: Omit<Diagnostic, 'severity'> & { severity?: Severity }): void;
  /** Picks the English or Dutch message. */
  t(text: Localized): string;
  /** A matrix value's label in the document's language. */
  label(v: MatrixValue | undefined): string;
}

export interface Rule {
  /** Stable dotted code, e.g. "risk.unmitigated-high". */
  code: string;
  /** Further codes the same rule reports (e.g. the schema.* family). */
  codes?: string[];
  severity: Severity;
  description: Localized & { nl: string };
  run(ctx: RuleContext): void;
}

export type { Block, YamlSection, Fix };
