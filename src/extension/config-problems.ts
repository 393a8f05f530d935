// An invalid `.dpia.yaml` in the editor: a diagnostic on that file (line and column as the CLI gives
// them) and one warning message per problem; documents are then checked without it.
import vscode = require('vscode');
import type { ConfigProblem } from '../node/config-file';

let collection: vscode.DiagnosticCollection | undefined;
const warned = new Set<string>();

/**
 * Reports a configuration file's problem, or (problem undefined) clears what was reported on `path`.
 */
export function reportConfigProblem(problem: ConfigProblem | undefined, path?: string): void {
  const file = problem?.path ?? path;
  if (!file) return;
  const uri = vscode.Uri.file(file);
  if (!problem) {
    if (collection?.has(uri)) collection.delete(uri);
    return;
  }
  collection ??= vscode.languages.createDiagnosticCollection('dpia-config');
  const line = Math.max(0, problem.line - 1);
  const column = Math.max(0, problem.column - 1);
  const message = vscode.l10n.t('Invalid DPIA configuration: {0}. Documents below this folder are checked without it.', problem.message);
  const d = new vscode.Diagnostic(new vscode.Range(line, column, line, column + 1), message, vscode.DiagnosticSeverity.Error);
  d.source = 'dpia';
  d.code = 'config.invalid';
  collection.set(uri, [d]);
  const key = `${file}\0${problem.line}:${problem.column}\0${problem.message}`;
  if (warned.has(key)) return;
  warned.add(key);
  void vscode.window.showWarningMessage(vscode.l10n.t('{0}:{1}:{2}: invalid DPIA configuration: {3}', vscode.workspace.asRelativePath(uri), problem.line, problem.column, problem.message));
}

/** Forgets every reported problem (configuration files changed; they are read and reported again). */
export function clearConfigProblems(): void {
  collection?.clear();
  warned.clear();
}

/** Disposes the problems' collection (with the extension). */
export function disposeConfigProblems(): void {
  collection?.dispose();
  collection = undefined;
}
