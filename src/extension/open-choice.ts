// How the "Open" and "Reveal" buttons after an export reach the file. In desktop VS Code on a local
// file, the system's PDF viewer (env.openExternal) and the OS file manager (revealFileInOS). In
// browser-based VS Code (code-server, vscode.dev) or a remote window, neither exists on the user's
// machine: the file opens in an editor tab (vscode.open) and is revealed in the Explorer view.

export interface OpenContext {
  /** vscode.env.uiKind === UIKind.Web. */
  web: boolean;
  /** vscode.env.remoteName (undefined for a local window). */
  remoteName: string | undefined;
  /** The exported file's URI scheme. */
  scheme: string;
}

export type OpenAction = { open: 'openExternal' | 'vscode.open'; reveal: 'revealFileInOS' | 'revealInExplorer' };

export function openActions(c: OpenContext): OpenAction {
  const local = !c.web && !c.remoteName && c.scheme === 'file';
  return local ? { open: 'openExternal', reveal: 'revealFileInOS' } : { open: 'vscode.open', reveal: 'revealInExplorer' };
}
