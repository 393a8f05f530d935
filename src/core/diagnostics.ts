import type { Range } from './text/lines';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A configured severity; "off" disables the rule. */
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A choice a fix leaves to the user; the adapter maps it to a command of its own (the extension: its add-mitigation command). */
export type FixChoice = 'add-mitigation';

/** A fix suggestion carried on a diagnostic, as plain data; editors turn it into a code action. */
export interface Fix {
  title: string;
  /** The text edits; empty while `resolve` is set and the fix has not been resolved. */
  edits: TextEdit[];
  /** The fix most users want (VS Code: preferred quick fix). */
  preferred?: boolean;
  /**
   * A fix whose edits are costly to compute is reported unresolved (`edits` empty) and filled in by
   * `resolveFix` when the user asks for it, as LSP's `codeAction/resolve`. `check()` resolves eagerly.
   */
  resolve?: 'risk-table';
  /**
   * A fix that needs a choice from the user (which catalogue measure to add): the adapter asks,
   * then makes the edit itself. `edits` holds the edit for the default choice.
   */
  choice?: FixChoice;
  /**
   * The `newText` of every edit is a snippet in VS Code / LSP syntax: tab stops `$1`, placeholders
   * `${1:text}`, choices `${1|a,b|}`; `$`, `}` and `\\` in document text are escaped with `\\`.
   * An editor inserts it as a snippet (VS Code: `SnippetTextEdit`; LSP: `InsertTextFormat.Snippet`)
   * so the user fills in the placeholders. It is never applied without the user (not safe for
   * `dpia check --fix`, nor for "fix all"): `snippetPlainText` gives the text with each
   * placeholder's default, for adapters that cannot insert snippets and must show the result.
   */
  snippet?: boolean;
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
