import vscode = require('vscode');
import type { Diagnostic, Range, Severity, TextEdit } from '../core/index';
import { ruleAnchor, snippetPlainText } from '../core/index';

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toPosition(p: vscode.Position) {
  return { line: p.line, character: p.character };
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A core diagnostic as a VS Code diagnostic; the code links to the rule's section in the bundled README. */
export function toDiagnostic(d: Diagnostic, readme: vscode.Uri): vscode.Diagnostic {
  const v = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity]);
  v.source = 'dpia';
  v.code = { value: d.code, target: readme.with({ fragment: ruleAnchor(d.code) }) };
  return v;
}

/**
 * The edits as a workspace edit; `snippet` edits (a fix marked `snippet`) are inserted as snippets,
 * so the user tabs through the placeholders (VS Code 1.86+ applies them; older ones insert the text
 * with each placeholder's default).
 */
export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[], snippet = false): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  if (snippet && typeof vscode.SnippetTextEdit === 'function') {
    we.set(uri, edits.map((e) => new vscode.SnippetTextEdit(toRange(e.range), new vscode.SnippetString(e.newText))));
    return we;
  }
  if (snippet) {
    for (const e of edits) we.replace(uri, toRange(e.range), snippetPlainText(e.newText));
    return we;
  }
  for (const e of edits) we.replace(uri, toRange(e.range), e.newText);
  return we;
}
