// "DPIA: Compare risk register with…" (issue 17, part 2): the review diff of the active document
// against another file or a git revision (through VS Code's built-in git extension), shown as
// Markdown in the preview. The same core diff as `dpia diff`.
import vscode = require('vscode');
import { analyze, diffAnalyses, diffMarkdown, parseDocument, ParseCache } from '../core/index';
import { commandTarget } from './preview/target';
import type { DiagnosticsController } from './diagnostics';
import { optionsFor } from './settings';

/** The parts of the git extension's API (vscode.git, API version 1) this command uses. */
interface GitRepository {
  rootUri: vscode.Uri;
  show(ref: string, path: string): Promise<string>;
  getRefs?(query?: { sort?: string; count?: number }): Promise<{ name?: string; commit?: string; type: number }[]>;
  state: { refs?: { name?: string; commit?: string; type: number }[]; HEAD?: { name?: string; commit?: string } };
  log?(options?: { maxEntries?: number; path?: string }): Promise<{ hash: string; message: string; authorDate?: Date }[]>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}

async function gitRepository(uri: vscode.Uri): Promise<GitRepository | undefined> {
  const ext = vscode.extensions.getExtension<{ getAPI(v: 1): GitApi; enabled?: boolean }>('vscode.git');
  if (!ext || uri.scheme !== 'file') return undefined;
  try {
    const git = ext.isActive ? ext.exports : await ext.activate();
    if (git.enabled === false) return undefined;
    return git.getAPI(1).getRepository(uri) ?? undefined;
  } catch {
    return undefined;
  }
}

/** What to compare with: a file, or a git revision (with the text it gives). */
export interface CompareWith {
  file?: vscode.Uri;
  ref?: string;
}

async function pickRevision(repo: GitRepository, uri: vscode.Uri): Promise<string | undefined> {
  const items: (vscode.QuickPickItem & { ref: string })[] = [{ label: 'HEAD', description: vscode.l10n.t('the last commit'), ref: 'HEAD' }];
  try {
    for (const c of (await repo.log?.({ maxEntries: 20, path: uri.fsPath })) ?? []) items.push({ label: c.hash.slice(0, 8), description: c.message.split('\n')[0], ref: c.hash });
  } catch {
    // No history for this file: branches and tags only.
  }
  const refs = (await repo.getRefs?.({ sort: 'committerdate' }).catch(() => undefined)) ?? repo.state.refs ?? [];
  for (const r of refs.slice(0, 50)) if (r.name) items.push({ label: r.name, description: r.type === 2 ? vscode.l10n.t('tag') : vscode.l10n.t('branch'), ref: r.name });
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Compare with the version at…'), placeHolder: vscode.l10n.t('a commit, branch or tag') });
  return pick?.ref;
}

export function registerCompareCommand(controller: DiagnosticsController): vscode.Disposable {
  return vscode.commands.registerCommand('dpia.compareRegister', async (uri?: vscode.Uri, given?: CompareWith) => {
    const doc = await commandTarget(uri);
    if (!doc) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a DPIA or DTIA document first.'));
      return undefined;
    }
    const repo = await gitRepository(doc.uri);
    let with_: CompareWith | undefined = given && (given.file || given.ref) ? given : undefined;
    if (!with_) {
      const fileItem = { label: vscode.l10n.t('Another file…'), detail: vscode.l10n.t('an earlier version saved as a file') };
      const gitItem = { label: vscode.l10n.t('A git revision…'), detail: vscode.l10n.t('the version of this file at a commit, branch or tag') };
      const choice = repo ? await vscode.window.showQuickPick([gitItem, fileItem], { title: vscode.l10n.t('Compare risk register with…') }) : fileItem;
      if (!choice) return undefined;
      if (choice === fileItem) {
        const files = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Markdown: ['md'] }, title: vscode.l10n.t('The earlier version') });
        if (!files?.[0]) return undefined;
        with_ = { file: files[0] };
      } else {
        const ref = await pickRevision(repo!, doc.uri);
        if (!ref) return undefined;
        with_ = { ref };
      }
    }
    let oldText: string;
    let source: string;
    try {
      if (with_.ref !== undefined) {
        if (!repo) throw new Error(vscode.l10n.t('This file is not in a git repository that VS Code knows.'));
        oldText = await repo.show(with_.ref, doc.uri.fsPath);
        source = `${with_.ref}:${vscode.workspace.asRelativePath(doc.uri)} → ${vscode.workspace.asRelativePath(doc.uri)}`;
      } else {
        oldText = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(with_.file!));
        source = `${vscode.workspace.asRelativePath(with_.file!)} → ${vscode.workspace.asRelativePath(doc.uri)}`;
      }
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read the earlier version: {0}', String((e as Error)?.message ?? e).split('\n')[0]));
      return undefined;
    }
    const current = controller.analysis(doc)!;
    const options = { ...optionsFor(doc.uri), uri: doc.uri.toString() };
    const before = analyze(parseDocument(doc.uri.toString(), oldText.replace(/^\uFEFF/, ''), new ParseCache()), options, 1);
    const markdown = diffMarkdown(diffAnalyses(before, current, current.environment.today), source);
    const shown = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.commands.executeCommand('markdown.showPreview', shown.uri);
    return markdown;
  });
}
