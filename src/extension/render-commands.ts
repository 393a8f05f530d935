import vscode = require('vscode');
import { join } from 'node:path';
import { buildRegister, isoToday, pdfDate, pdfDefinition, tableEdit, type PdfRenderer } from '../core/index';
import { commandTarget } from './preview/target';
import { offerOpen, writeOutput } from './save-output';
import { toWorkspaceEdit } from './convert';
import type { DiagnosticsController } from './diagnostics';
import { WriteError } from '../node/atomic-write';


function register(controller: DiagnosticsController, doc: vscode.TextDocument) {
  const analysis = controller.analysis(doc)!;
  const parsed = analysis.document;
  const reg = buildRegister(analysis);
  if (reg.unreadable.length) {
    // Nothing is left out silently: the output has a "could not be read" row for each such block.
    const lines = reg.unreadable.map((u) => String(u.at)).join(', ');
    void vscode.window.showWarningMessage(
      reg.unreadable.length === 1
        ? vscode.l10n.t('1 block could not be read (line {0}); it appears in the output as a row that says so. Fix the YAML and export again.', lines)
        : vscode.l10n.t('{0} blocks could not be read (lines {1}); they appear in the output as rows that say so. Fix the YAML and export again.', reg.unreadable.length, lines),
    );
  }
  return { parsed, register: reg };
}

export function registerRenderCommands(context: vscode.ExtensionContext, controller: DiagnosticsController): vscode.Disposable[] {
  let renderer: PdfRenderer | undefined;
  /** pdfmake and its fonts are loaded on the first export only. */
  const pdf = () => (renderer ??= require(join(context.extensionPath, 'dist', ['pdf', 'js'].join('.'))) as PdfRenderer);

  return [
    vscode.commands.registerCommand('dpia.updateTable', async (uri?: vscode.Uri) => {
      const doc = await commandTarget(uri);
      if (!doc) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a DPIA or DTIA document first.'));
        return false;
      }
      const { parsed, register: reg } = register(controller, doc);
      const { edit, stale } = tableEdit(parsed, reg);
      if (!stale) {
        void vscode.window.setStatusBarMessage(vscode.l10n.t('The risk table is up to date.'), 3000);
        return true;
      }
      return vscode.workspace.applyEdit(toWorkspaceEdit(doc.uri, [edit]));
    }),
    vscode.commands.registerCommand('dpia.exportPdf', async (uri?: vscode.Uri, outputArg?: unknown) => {
      const doc = await commandTarget(uri);
      // From a menu, the second argument is VS Code's editor context ({ groupId, … }), not an output file.
      const output = outputArg instanceof vscode.Uri ? outputArg : undefined;
      if (!doc) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a DPIA or DTIA document first.'));
        return undefined;
      }
      const suggested = doc.uri.scheme === 'file' ? vscode.Uri.file(doc.uri.fsPath.replace(/\.md$/i, '') + '.pdf') : undefined;
      // From the Explorer's context menu the second argument is the list of selected files, not a destination.
      const dest = (output instanceof vscode.Uri ? output : undefined) ?? (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { PDF: ['pdf'] }, title: vscode.l10n.t('Export risk register to PDF') }));
      if (!dest) return undefined;
      try {
        await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the risk register to PDF…') }, async () => {
          const { register: reg } = register(controller, doc);
          const bytes = await pdf().renderPdf(pdfDefinition(reg, { date: pdfDate(undefined, reg.meta.date), generated: isoToday() }));
          await writeOutput(dest, bytes, doc.uri);
        });
      } catch (e) {
        if (!(e instanceof WriteError)) throw e;
        void vscode.window.showErrorMessage(e.message);
        return undefined;
      }
      if (!output) offerOpen(dest);
      return dest;
    }),
  ];
}
