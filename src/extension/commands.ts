import vscode = require('vscode');
import { addMitigationEdit, insertMeasureAt, newMeasureEdits, newMeasureId, riskAtLine, type Block, type MeasureInfo } from '../core/index';
import { isDpiaDocument } from './documents';
import { toWorkspaceEdit } from './convert';
import type { DiagnosticsController } from './diagnostics';
import { checkWorkspaceCommand } from './workspace-check';
import { registerNewDocument } from './new-document';

interface MeasurePick extends vscode.QuickPickItem {
  id?: string;
  /** "Write a new measure…": a `measure` block skeleton after the risk, referred to by it. */
  write?: boolean;
}

type Picked = { id: string } | { write: true };

/**
 * Quick pick over all measures known to a document (the built-in catalogues, the configured
 * workspace catalogues and the document's own `measure` blocks), searchable by id, title, party
 * and source; "Write a new measure…" is always offered first.
 */
async function pickMeasure(controller: DiagnosticsController, doc: vscode.TextDocument, allowNew: boolean): Promise<Picked | undefined> {
  const analysis = controller.analysis(doc);
  if (!analysis) return undefined;
  const lang = analysis.environment.lang;
  const title = (t: { en: string; nl?: string }) => (lang === 'en' ? t.en : (t.nl ?? t.en));
  const measures: MeasurePick[] = analysis.environment.measures.all().map((m: MeasureInfo) => ({
    id: m.id,
    label: m.id,
    description: title(m.title),
    detail: [m.party, m.source ?? m.origin, m.origin === 'built-in' ? undefined : m.origin].filter(Boolean).join(' · '),
  }));
  const write: MeasurePick = { label: `$(add) ${vscode.l10n.t('Write a new measure…')}`, description: vscode.l10n.t('a measure block after the risk, referred to in its mitigations'), alwaysShow: true, write: true };
  const choice = await vscode.window.showQuickPick(allowNew ? [write, ...measures] : measures, {
    title: vscode.l10n.t('Insert measure'),
    placeHolder: vscode.l10n.t('Search measures by id, title, party or source'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!choice) return undefined;
  return choice.write ? { write: true } : { id: choice.id! };
}

/** Writes a new measure for a risk: the block after the risk, the reference in its list; selects the title to type over. */
async function writeNewMeasure(controller: DiagnosticsController, doc: vscode.TextDocument, block: Block): Promise<boolean> {
  const analysis = controller.analysis(doc);
  if (!analysis) return false;
  const used = new Set(analysis.document.blocks.map((b) => b.id).filter(Boolean) as string[]);
  const id = newMeasureId(block.id, (x) => used.has(x) || analysis.environment.measures.get(x) !== undefined);
  const placeholder = analysis.environment.lang === 'en' ? 'describe the measure' : 'beschrijf de maatregel';
  const r = newMeasureEdits(analysis.document, block, id, placeholder);
  if (!r || !(await vscode.workspace.applyEdit(toWorkspaceEdit(doc.uri, r.edits)))) return false;
  const editor = await vscode.window.showTextDocument(doc);
  const line = doc.lineAt(r.titleLine).text;
  const start = line.indexOf(placeholder);
  if (start >= 0) editor.selection = new vscode.Selection(r.titleLine, start, r.titleLine, start + placeholder.length);
  editor.revealRange(editor.selection);
  return true;
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
      const doc = editor.document;
      const parsed = controller.analysis(doc)?.document;
      const block = parsed && riskAtLine(parsed, editor.selection.active.line);
      if (!parsed || !block) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Place the cursor in a risk block: the measure goes into its mitigations.'));
        return false;
      }
      const picked = measureId ? { id: measureId } : await pickMeasure(controller, doc, true);
      if (!picked) return false;
      if ('write' in picked) return writeNewMeasure(controller, doc, block);
      // Into the mitigations list of the risk at the cursor, wherever the cursor is on its lines.
      const edit = insertMeasureAt(controller.analysis(doc)!.document, editor.selection.active.line, picked.id);
      if (!edit) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The mitigations of this risk cannot be edited safely; fix its YAML first.'));
        return false;
      }
      return vscode.workspace.applyEdit(toWorkspaceEdit(doc.uri, [edit]));
    }),
    vscode.commands.registerCommand('dpia.addMitigation', async (uri: vscode.Uri, riskId: string, measureId?: string) => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const picked = measureId ? { id: measureId } : await pickMeasure(controller, doc, true);
      if (!picked) return false;
      const parsed = controller.analysis(doc)?.document;
      if ('write' in picked) {
        const block = parsed?.blocks.find((b) => b.kind === 'risk' && b.id === riskId);
        return block ? writeNewMeasure(controller, doc, block) : false;
      }
      const edit = parsed && addMitigationEdit(parsed, riskId, picked.id);
      return edit ? vscode.workspace.applyEdit(toWorkspaceEdit(doc.uri, [edit])) : false;
    }),
    vscode.commands.registerCommand('dpia.checkWorkspace', () => checkWorkspaceCommand(controller)),
  ];
}
