// The editor's workspace-wide checks leave out the same files as `dpia check` searching a folder:
// `.gitignore` and `.dpiaignore` from the workspace folder down to the file (src/node/ignore-files.ts).
import vscode = require('vscode');
import { IgnoreFilter } from '../node/ignore-files';

/**
 * A test for files found in the workspace: true when an ignore file leaves it out. Ignore files are
 * read once per call of this function (call it again for each search, so edits to them count).
 */
export function workspaceIgnores(): (uri: vscode.Uri) => boolean {
  const filters = new Map<string, IgnoreFilter>();
  return (uri) => {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    if (uri.scheme !== 'file' || folder?.scheme !== 'file') return false;
    let f = filters.get(folder.fsPath);
    if (!f) filters.set(folder.fsPath, (f = new IgnoreFilter(folder.fsPath)));
    return f.ignores(uri.fsPath);
  };
}
