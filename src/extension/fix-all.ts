// "Fix all DPIA problems": the `source.fixAll.dpia` code action (usable in editor.codeActionsOnSave).
// It applies the same safe fixes as `dpia check --fix`, with the core's fixAll, as one edit.
import vscode = require('vscode');
import { analyze, fixAll, parseDocument, ParseCache, replacementEdit, resolveFix, type Analysis } from '../core/index';
import type { DiagnosticsController } from './diagnostics';
import { optionsFor } from './settings';

/** `source.fixAll.dpia`: what `editor.codeActionsOnSave` names to run it on save. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('dpia');

const checked = (a: Analysis) => ({ diagnostics: a.diagnostics, resolve: (f: Parameters<typeof resolveFix>[1]) => resolveFix(a, f) });

/** The edit that applies every safe fix to a DPIA document until stable, or undefined when there is none. */
export function fixAllEdit(controller: DiagnosticsController, document: vscode.TextDocument): vscode.TextEdit | undefined {
  const first = controller.analysis(document);
  if (!first) return undefined;
  const original = document.getText();
  const uri = document.uri.toString();
  const options = { ...optionsFor(document.uri), uri };
  const result = fixAll(original, (text) => checked(text === original ? first : analyze(parseDocument(uri, text, new ParseCache()), options)));
  const edit = replacementEdit(original, result.text, (offset) => document.positionAt(offset));
  return edit && new vscode.TextEdit(new vscode.Range(edit.range.start.line, edit.range.start.character, edit.range.end.line, edit.range.end.character), edit.newText);
}

/** Registers the fix-all code action for Markdown documents that are DPIAs/DTIAs. */
export function registerFixAll(controller: DiagnosticsController): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    { language: 'markdown' },
    {
      provideCodeActions(document, _range, context) {
        if (context.only && !context.only.contains(FIX_ALL_KIND) && !FIX_ALL_KIND.contains(context.only)) return [];
        const edit = fixAllEdit(controller, document);
        if (!edit) return [];
        const action = new vscode.CodeAction(vscode.l10n.t('Fix all DPIA problems'), FIX_ALL_KIND);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.set(document.uri, [edit]);
        return [action];
      },
    },
    { providedCodeActionKinds: [FIX_ALL_KIND] },
  );
}
