import vscode = require('vscode');
import type { DiagnosticsController } from './diagnostics';

/** Patterns of DPIA/DTIA files (setting `dpia.filePatterns`). */
export function filePatterns(): string[] {
  return vscode.workspace.getConfiguration('dpia').get<string[]>('filePatterns', ['**/*.dpia.md', '**/*.dtia.md']);
}

export async function findDpiaFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const seen = new Map<string, vscode.Uri>();
  for (const p of filePatterns()) for (const u of await vscode.workspace.findFiles(p, '**/node_modules/**', undefined, token)) seen.set(u.toString(), u);
  return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** Workspace-wide diagnostics for DPIA files that are not open, kept up to date by a file watcher. */
export function startWorkspaceDiagnostics(controller: DiagnosticsController): vscode.Disposable {
  const enabled = () => vscode.workspace.getConfiguration('dpia').get<boolean>('workspaceDiagnostics', true);
  const watchers = filePatterns().map((p) => vscode.workspace.createFileSystemWatcher(p));
  for (const w of watchers) {
    w.onDidCreate((u) => enabled() && void controller.checkFile(u));
    w.onDidChange((u) => enabled() && void controller.checkFile(u));
    w.onDidDelete((u) => controller.forget(u));
  }
  if (enabled()) void findDpiaFiles().then((files) => Promise.all(files.map((u) => controller.checkFile(u))));
  return vscode.Disposable.from(...watchers);
}

/** "DPIA: Check all DPIA files in workspace": checks every file with progress, then shows the Problems panel. */
export async function checkWorkspaceCommand(controller: DiagnosticsController): Promise<{ files: number; errors: number; warnings: number }> {
  const totals = { files: 0, errors: 0, warnings: 0 };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking DPIA files'), cancellable: true },
    async (progress, token) => {
      const files = await findDpiaFiles(token);
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, files.length) });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const result = open ? controller.run(open) : await controller.checkFile(uri);
        totals.files = i + 1;
        for (const d of result ?? []) {
          if (d.severity === 'error') totals.errors++;
          else if (d.severity === 'warning') totals.warnings++;
        }
      }
    },
  );
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(vscode.l10n.t('{0} DPIA files checked: {1} errors, {2} warnings.', totals.files, totals.errors, totals.warnings));
  return totals;
}
