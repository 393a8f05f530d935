import vscode = require('vscode');
import type MarkdownIt from 'markdown-it';
import { isDpiaDocument } from '../documents';

// Commands ("Update risk overview table", "Export…") also act from VS Code's Markdown preview. A
// command run from the preview's title bar gets the preview's webview-panel URI, and from the
// command palette no URI and no active text editor: the previewed document is then found from the
// active tab (a webview titled "Preview <file name>") among the documents the preview rendered.

/** Documents the Markdown preview rendered, most recent last (markdown-it's env.currentDocument). */
const rendered: vscode.Uri[] = [];

/** Records each document VS Code's Markdown engine renders (its env carries `currentDocument`). */
export function trackPreviewedDocuments(md: MarkdownIt): void {
  md.core.ruler.push('dpia_previewed', (state) => {
    const uri = (state.env as { currentDocument?: unknown } | undefined)?.currentDocument;
    if (!(uri instanceof vscode.Uri)) return;
    const i = rendered.findIndex((u) => u.toString() === uri.toString());
    if (i >= 0) rendered.splice(i, 1);
    rendered.push(uri);
    if (rendered.length > 50) rendered.shift();
  });
}

/** The active tab when it is VS Code's Markdown preview. */
function activePreviewTab(): vscode.Tab | undefined {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  return tab?.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType) ? tab : undefined;
}

const base = (u: vscode.Uri) => u.path.slice(u.path.lastIndexOf('/') + 1);

/** The document shown by the active Markdown preview, if it is a DPIA or DTIA. */
export async function previewedDocument(): Promise<vscode.TextDocument | undefined> {
  const tab = activePreviewTab();
  if (!tab) return undefined;
  // "Preview features.dpia.md" (the prefix is translated; the file name is not).
  const matches = (u: vscode.Uri) => tab.label === base(u) || tab.label.endsWith(` ${base(u)}`) || tab.label.endsWith(`[${base(u)}]`);
  const candidates = [...rendered].reverse().filter(matches);
  for (const d of vscode.workspace.textDocuments) if (matches(d.uri) && !candidates.some((u) => u.toString() === d.uri.toString())) candidates.push(d.uri);
  for (const uri of candidates) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined));
    if (doc && isDpiaDocument(doc)) return doc;
  }
  return undefined;
}

/**
 * The document a command acts on: the one named by a text document URI, else the active text
 * editor's, else the previewed one (a preview's webview-panel URI names no text document).
 */
export async function commandTarget(uri?: unknown): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri && uri.scheme !== 'webview-panel') {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined));
    return doc && isDpiaDocument(doc) ? doc : undefined;
  }
  const editor = vscode.window.activeTextEditor?.document;
  if (!activePreviewTab() && editor) return isDpiaDocument(editor) ? editor : undefined;
  return (await previewedDocument()) ?? (editor && isDpiaDocument(editor) ? editor : undefined);
}
