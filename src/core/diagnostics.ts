import type { Range } from './text/lines';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A configured severity; "off" disables the rule. */
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A fix suggestion carried on a diagnostic; editors turn it into a code action. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix most users want (VS Code: preferred quick fix). */
  preferred?: boolean;
  /**
   * A fix that needs a choice from the user (e.g. which catalogue measure to add):
   * the editor asks, then fills `edits` itself. `edits` holds the edit for the default choice.
   */
  command?: string;
}

/** A diagnostic; `C` narrows the code (the core's checks give `Diagnostic<DiagnosticCode>`). */
export interface Diagnostic<C extends string = string> {
  code: C;
  severity: Severity;
  message: string;
  range: Range;
  /** Id of the block the diagnostic belongs to, or null. */
  block: string | null;
  fixes?: Fix[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    ORDER[a.severity] - ORDER[b.severity] ||
    a.code.localeCompare(b.code)
  );
}
