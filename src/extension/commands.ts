import vscode = require('vscode');
import { addMitigationEdit, type MeasureInfo } from '../core/index';
import { isDpiaDocument } from './documents';
import { toWorkspaceEdit } from './convert';
import type { DiagnosticsController } from './diagnostics';
import { checkWorkspaceCommand } from './workspace-check';
import { registerNewDocument } from './new-document';

interface MeasurePick extends vscode.QuickPickItem {
  id: string;
}

function pickText(t: { en: string; nl?: string }): string {
  return vscode.env.language.startsWith('nl') ? (t.nl ?? t.en) : t.en;
}

/** Quick pick over all measures known to a document: searchable by id, title, party and source. */
async function pickMeasure(controller: DiagnosticsController, doc: vscode.TextDocument): Promise<string | undefined> {
  const analysis = controller.analysis(doc);
  if (!analysis) return undefined;
  const items: MeasurePick[] = analysis.environment.measures.all().map((m: MeasureInfo) => ({
    id: m.id,
    label: m.id,
    description: pickText(m.title),
    detail: [m.party, m.source ?? m.origin].filter(Boolean).join(' · '),
  }));
  const choice = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Insert measure'),
    placeHolder: vscode.l10n.t('Search measures by id, title, party or source'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return choice?.id;
}

export function registerCommands(context: vscode.ExtensionContext, controller: DiagnosticsController): vscode.Disposable[] {
  return [
    registerNewDocument(context),
    vscode.commands.registerCommand('dpia.insertMeasure', async (measureId?: string) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isDpiaDocument(editor.document)) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a DPIA or DTIA document first.'));
        return;
      }
      const id = measureId ?? (await pickMeasure(controller, editor.document));
      if (!id) return;
      const pos = editor.selection.active;
      const before = editor.document.lineAt(pos.line).text.slice(0, pos.character);
      const text = /(-|:)\s*$/.test(before) ? id : `- ${id}`;
      return editor.edit((b) => b.replace(editor.selection, text));
    }),
    vscode.commands.registerCommand('dpia.addMitigation', async (uri: vscode.Uri, riskId: string, measureId?: string) => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const id = measureId ?? (await pickMeasure(controller, doc));
      if (!id) return false;
      const parsed = controller.analysis(doc)?.document;
      const edit = parsed && addMitigationEdit(parsed, riskId, id);
      return edit ? vscode.workspace.applyEdit(toWorkspaceEdit(doc.uri, [edit])) : false;
    }),
    vscode.commands.registerCommand('dpia.checkWorkspace', () => checkWorkspaceCommand(controller)),
  ];
}
