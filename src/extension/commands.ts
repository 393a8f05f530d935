import vscode = require('vscode');
import { addMitigationEdit, type MeasureInfo } from '../core/index';
import { isDpiaDocument } from './documents';
import { toWorkspaceEdit } from './convert';
import type { DiagnosticsController } from './diagnostics';
import { checkWorkspaceCommand } from './workspace-check';

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
    vscode.commands.registerCommand('dpia.newFromTemplate', async (name?: string) => {
      const templates: { file: string; label: string; description: string }[] = [
        { file: 'dpia-rijksdienst.nl.md', label: vscode.l10n.t('DPIA (Model DPIA Rijksdienst, Dutch)'), description: 'dpia-rijksdienst.nl.md' },
        { file: 'dpia-rijksdienst.en.md', label: vscode.l10n.t('DPIA (Model DPIA Rijksdienst, English)'), description: 'dpia-rijksdienst.en.md' },
        { file: 'dpia.en.md', label: vscode.l10n.t('DPIA (ICO steps, English)'), description: 'dpia.en.md' },
        { file: 'dtia.en.md', label: vscode.l10n.t('DTIA (EDPB six steps, English)'), description: 'dtia.en.md' },
        { file: 'dtia.nl.md', label: vscode.l10n.t('DTIA (EDPB six steps, Dutch)'), description: 'dtia.nl.md' },
        { file: 'prescan.nl.md', label: vscode.l10n.t('Pre-scan DPIA (is a DPIA required?, Dutch)'), description: 'prescan.nl.md' },
        { file: 'prescan.en.md', label: vscode.l10n.t('Pre-scan DPIA (is a DPIA required?, English)'), description: 'prescan.en.md' },
      ];
      const chosen = name ? templates.find((t) => t.file === name) : await vscode.window.showQuickPick(templates, { title: vscode.l10n.t('New DPIA from template') });
      if (!chosen) return undefined;
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'templates', chosen.file));
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
      await vscode.window.showTextDocument(doc);
      return doc;
    }),
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
