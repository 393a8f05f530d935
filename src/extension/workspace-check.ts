import vscode = require('vscode');
import type { DiagnosticsController } from './diagnostics';
import { ChangeQueue, forEachYielding, MAX_BACKGROUND_FILES, nextTurn } from './file-queue';
import { workspaceIgnores } from './ignored';

/** Patterns of DPIA/DTIA files (setting `dpia.filePatterns`). */
export function filePatterns(): string[] {
  return vscode.workspace.getConfiguration('dpia').get<string[]>('filePatterns', ['**/*.dpia.md', '**/*.dtia.md', '**/*.prescan.md']);
}

/**
 * The DPIA files of the workspace, in one file search: every search costs a walk of the folder (in
 * browser-based VS Code a round trip to the search service too), so the patterns are joined into one
 * glob instead of searched one after the other.
 */
export async function findDpiaFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const patterns = filePatterns();
  if (!patterns.length) return [];
  const glob = patterns.length === 1 ? patterns[0] : `{${patterns.join(',')}}`;
  const seen = new Map<string, vscode.Uri>();
  const ignored = workspaceIgnores(); // .gitignore and .dpiaignore, as `dpia check` honours them
  for (const u of await vscode.workspace.findFiles(glob, '**/node_modules/**', undefined, token)) if (!ignored(u)) seen.set(u.toString(), u);
  return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** What the first workspace scan did: files checked, and milliseconds from activation until they were published. */
export interface WorkspaceScan {
  files: number;
  ms: number;
}

/**
 * Workspace-wide diagnostics for DPIA files that are not open, kept up to date by a file watcher.
 * Files are checked one per turn of the event loop (at most MAX_BACKGROUND_FILES when the folder
 * opens), so opening a folder never blocks the extension host for more than one file's check.
 */
export function startWorkspaceDiagnostics(controller: DiagnosticsController): vscode.Disposable & { scan: Promise<WorkspaceScan> } {
  const started = Date.now();
  const enabled = () => vscode.workspace.getConfiguration('dpia').get<boolean>('workspaceDiagnostics', true);
  const watchers = filePatterns().map((p) => vscode.workspace.createFileSystemWatcher(p));
  let disposed = false;
  // Changed files wait in a set (a burst of saves checks each file once), checked one per turn.
  const pending = new ChangeQueue<vscode.Uri>((uri) => controller.checkFile(uri), { cancelled: () => disposed });
  const queue = (u: vscode.Uri) => {
    if (enabled()) pending.add(u.toString(), u);
  };
  for (const w of watchers) {
    w.onDidCreate(queue);
    w.onDidChange(queue);
    w.onDidDelete((u) => {
      pending.drop(u.toString());
      controller.forget(u);
    });
  }
  const scan: Promise<WorkspaceScan> = enabled()
    ? findDpiaFiles().then(async (files) => ({ files: await forEachYielding(files, (u) => controller.checkFile(u), { max: MAX_BACKGROUND_FILES, cancelled: () => disposed }), ms: Date.now() - started }))
    : Promise.resolve({ files: 0, ms: 0 });
  return Object.assign(vscode.Disposable.from(...watchers, { dispose: () => void (disposed = true) }), { scan });
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
        await nextTurn(); // one file per turn: the editor stays responsive
        const result = open ? controller.run(open)?.diagnostics : await controller.checkFile(uri);
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
