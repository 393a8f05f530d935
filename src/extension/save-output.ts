// Writing an exported file (PDF, DOCX, HTML) and offering to open it: shared by "Export risk
// register to PDF" and "Export document…".
import vscode = require('vscode');
import { writeFileAtomic } from '../node/atomic-write';
import { openActions } from './open-choice';

/**
 * Writes `bytes` to `dest`. Local files: atomic, never through a symbolic link, never onto the
 * document itself. Other file systems (remote, virtual): a temporary sibling, then a rename over the
 * destination (VS Code's API has no atomic write).
 */
export async function writeOutput(dest: vscode.Uri, bytes: Uint8Array, source: vscode.Uri): Promise<void> {
  if (dest.scheme === 'file') {
    writeFileAtomic(dest.fsPath, bytes, { notOnto: source.scheme === 'file' ? [source.fsPath] : [] });
    return;
  }
  const tmp = dest.with({ path: dest.path.replace(/[^/]*$/, (name) => `.${name}.${process.pid}.tmp`) });
  await vscode.workspace.fs.writeFile(tmp, bytes); // atomic together with the rename below
  await vscode.workspace.fs.rename(tmp, dest, { overwrite: true });
}

/** "Saved …" with "Open" and "Reveal" (in the system's viewer on a desktop, in VS Code in a browser or remote window). */
export function offerOpen(dest: vscode.Uri): void {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal in file explorer');
  const how = openActions({ web: vscode.env.uiKind === vscode.UIKind.Web, remoteName: vscode.env.remoteName, scheme: dest.scheme });
  void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}', vscode.workspace.asRelativePath(dest)), open, reveal).then((c) => {
    if (c === open) void (how.open === 'openExternal' ? vscode.env.openExternal(dest) : vscode.commands.executeCommand('vscode.open', dest));
    if (c === reveal) void vscode.commands.executeCommand(how.reveal, dest);
  });
}
