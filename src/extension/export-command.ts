// "DPIA: Export document…" (issue 17): the whole document as PDF, Word (DOCX) or HTML — a quick
// pick of the format, a save dialog, progress, then "Open" / "Reveal". The same export as
// `dpia export`; dist/export.js (remark, docx) and dist/pdf.js (pdfmake) load on first use.
import vscode = require('vscode');
import { dirname, join } from 'node:path';
import { isoToday, pdfDate, type PdfRenderer } from '../core/index';
import type { Exporter, ExportFormat } from '../export/main';
import { imageReader } from '../node/export-images';
import { WriteError } from '../node/atomic-write';
import { commandTarget } from './preview/target';
import { offerOpen, writeOutput } from './save-output';
import type { DiagnosticsController } from './diagnostics';

const EXT: Record<ExportFormat, string> = { pdf: 'pdf', docx: 'docx', html: 'html' };

/** Where a command called from a test or another extension asks to write, and in which format. */
export interface ExportRequest {
  format?: ExportFormat;
  output?: vscode.Uri;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat })[] = [
    { label: '$(file-pdf) PDF', description: vscode.l10n.t('A4, for signing and publication'), format: 'pdf' },
    { label: '$(file) Word (DOCX)', description: vscode.l10n.t('for editing and circulation in Word'), format: 'docx' },
    { label: '$(globe) HTML', description: vscode.l10n.t('one self-contained file, no scripts'), format: 'html' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export document as…'), placeHolder: vscode.l10n.t('Choose the format') });
  return picked?.format;
}

export function registerExportCommand(context: vscode.ExtensionContext, controller: DiagnosticsController): vscode.Disposable {
  const load = <T>(name: string): T => require(join(context.extensionPath, 'dist', [name, 'js'].join('.'))) as T;
  return vscode.commands.registerCommand('dpia.exportDocument', async (uri?: vscode.Uri, request?: unknown) => {
    // From a menu the second argument is VS Code's context (editor group, selected files), not a request.
    const req: ExportRequest = request && typeof request === 'object' && !Array.isArray(request) && ('format' in request || 'output' in request) ? (request as ExportRequest) : {};
    const doc = await commandTarget(uri);
    if (!doc) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a DPIA or DTIA document first.'));
      return undefined;
    }
    const format = req.format ?? (await pickFormat());
    if (!format) return undefined;
    const suggested = doc.uri.scheme === 'file' ? vscode.Uri.file(doc.uri.fsPath.replace(/\.md$/i, '') + '.' + EXT[format]) : undefined;
    const filters: Record<ExportFormat, Record<string, string[]>> = { pdf: { PDF: ['pdf'] }, docx: { Word: ['docx'] }, html: { HTML: ['html', 'htm'] } };
    const dest = req.output ?? (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: filters[format], title: vscode.l10n.t('Export document') }));
    if (!dest) return undefined;
    const skipped: string[] = [];
    try {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the document…') }, async (progress) => {
        const analysis = controller.analysis(doc);
        if (!analysis) throw new Error('the document is not a DPIA, DTIA or pre-scan');
        const fm = analysis.document.frontMatter?.value?.date;
        const today = isoToday();
        // Images: PNG/JPEG files inside the workspace folder of the document (or its own folder).
        const root = doc.uri.scheme === 'file' ? (vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath ?? dirname(doc.uri.fsPath)) : undefined;
        const image = root ? imageReader(root, doc.uri.fsPath, (url, why) => skipped.push(`${url}: ${why}`)) : undefined;
        progress.report({ message: format.toUpperCase() });
        const exporter = load<Exporter>('export');
        const bytes = await exporter.exportDocument({ text: analysis.document.text, analysis, date: pdfDate(undefined, typeof fm === 'string' ? fm : today), generated: today, image }, format, format === 'pdf' ? load<PdfRenderer>('pdf') : undefined);
        await writeOutput(dest, bytes, doc.uri);
      });
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The export failed: {0}', e instanceof WriteError ? e.message : (e as Error).message));
      return undefined;
    }
    if (skipped.length) void vscode.window.showWarningMessage(vscode.l10n.t('{0} image(s) not embedded, shown as their alt text and URL: {1}', skipped.length, skipped.join('; ')));
    if (!req.output) offerOpen(dest);
    return dest;
  });
}
