// "DPIA Register" in the Explorer: the organisation register over the workspace as a tree (by document,
// level, measure or party), with filters and "go to". The tree itself is built by the core
// (registerTree), from the rows the diagnostics' analyses give; this file only shows it.
import vscode = require('vscode');
import { FILTERS, GROUPINGS, registerTree, type Grouping, type NodeTarget, type RegisterFilter, type TreeNode } from '../../core/index';
import type { DiagnosticsController } from '../diagnostics';
import { findDpiaFiles } from '../workspace-check';
import { RegisterModel } from './model';

export const VIEW_ID = 'dpia.register';
const HAS_DOCUMENTS = 'dpia.register.hasDocuments';
const FILTERED = 'dpia.register.filtered';

const ICONS: Record<TreeNode['icon'], string> = {
  document: 'file-text',
  risk: 'shield',
  'risk-high': 'flame',
  measure: 'tools',
  'measure-overdue': 'watch',
  party: 'organization',
  level: 'layers',
  group: 'list-unordered',
  transfer: 'globe',
};

function groupingLabel(g: Grouping): string {
  return { document: vscode.l10n.t('by document'), level: vscode.l10n.t('by level'), measure: vscode.l10n.t('by measure'), party: vscode.l10n.t('by party') }[g];
}

function filterLabel(f: RegisterFilter): string {
  return {
    high: vscode.l10n.t('Risks at the highest level'),
    acceptance: vscode.l10n.t('Acceptances expired or expiring (90 days)'),
    overdue: vscode.l10n.t('Measures overdue or without a date; reviews overdue'),
    problems: vscode.l10n.t('Documents with errors'),
  }[f];
}

const lang = () => (/^nl/i.test(vscode.env.language) ? 'nl' : 'en');

/** Tree items of the core's nodes; ids are the key paths, so expansion survives a refresh. */
export class RegisterTreeProvider implements vscode.TreeDataProvider<TreeNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly ids = new WeakMap<TreeNode, string>();
  grouping: Grouping;
  filters: RegisterFilter[];

  constructor(
    private readonly model: RegisterModel,
    state: vscode.Memento,
  ) {
    const g = state.get<string>('dpia.register.grouping');
    this.grouping = (GROUPINGS as readonly string[]).includes(g ?? '') ? (g as Grouping) : 'document';
    this.filters = (state.get<string[]>('dpia.register.filters') ?? []).filter((f): f is RegisterFilter => (FILTERS as readonly string[]).includes(f));
  }

  refresh(): void {
    this.changed.fire();
  }

  /** The nodes now shown at the top level (tests read the tree through this). */
  roots(): TreeNode[] {
    const display = (path: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(path));
    const nodes = registerTree(this.model.documents(), { grouping: this.grouping, filters: this.filters, lang: lang(), display });
    this.index(nodes, '');
    return nodes;
  }

  private index(nodes: TreeNode[], parent: string): void {
    for (const n of nodes) {
      const id = `${parent}/${n.key}`;
      this.ids.set(n, id);
      if (n.children) this.index(n.children, id);
    }
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return node ? (node.children ?? []) : this.roots();
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const open = node.children?.length ? (this.grouping === 'document' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded) : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, open);
    item.id = this.ids.get(node);
    item.description = node.description;
    item.tooltip = node.tooltip; // plain text: document text is never rendered as Markdown here
    const colour = node.alert === 'error' ? 'list.errorForeground' : node.alert === 'warning' ? 'list.warningForeground' : undefined;
    item.iconPath = new vscode.ThemeIcon(ICONS[node.icon], colour ? new vscode.ThemeColor(colour) : undefined);
    item.contextValue = node.icon;
    if (node.target) {
      item.command = { command: 'dpia.register.goTo', title: vscode.l10n.t('Go to'), arguments: [node.target] };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Opens a node's document at its line. */
async function goTo(target: NodeTarget | undefined): Promise<void> {
  if (!target) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.document));
  const line = Math.min(Math.max((target.line ?? 1) - 1, 0), doc.lineCount - 1);
  const at = new vscode.Range(line, 0, line, 0);
  await vscode.window.showTextDocument(doc, { selection: at, preview: true });
}

export interface RegisterView extends vscode.Disposable {
  model: RegisterModel;
  provider: RegisterTreeProvider;
  view: vscode.TreeView<TreeNode>;
}

/** The view, its title-bar commands and the context keys its `when` clauses read. */
export function registerRegisterView(context: vscode.ExtensionContext, controller: DiagnosticsController): RegisterView {
  const model = new RegisterModel(controller);
  const provider = new RegisterTreeProvider(model, context.workspaceState);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const describe = () => {
    view.description = groupingLabel(provider.grouping);
    view.message = provider.filters.length ? vscode.l10n.t('Filtered: {0}', provider.filters.map(filterLabel).join('; ')) : undefined;
    void vscode.commands.executeCommand('setContext', FILTERED, provider.filters.length > 0);
  };
  const changed = () => {
    void vscode.commands.executeCommand('setContext', HAS_DOCUMENTS, model.documents().length > 0);
    provider.refresh();
  };
  describe();
  const ignoreWatcher = vscode.workspace.createFileSystemWatcher('**/{.gitignore,.dpiaignore}');
  const ignoresChanged = () => model.refreshIgnores();
  const disposables: vscode.Disposable[] = [
    model,
    provider,
    view,
    ignoreWatcher,
    ignoreWatcher.onDidChange(ignoresChanged),
    ignoreWatcher.onDidCreate(ignoresChanged),
    ignoreWatcher.onDidDelete(ignoresChanged),
    model.onDidChange(changed),
    vscode.commands.registerCommand('dpia.register.goTo', goTo),
    vscode.commands.registerCommand('dpia.register.groupBy', async (choice?: Grouping) => {
      const picked = choice ?? (await vscode.window.showQuickPick(GROUPINGS.map((g) => ({ label: groupingLabel(g), picked: g === provider.grouping, g })), { title: vscode.l10n.t('Group the DPIA register') }))?.g;
      if (!picked) return;
      provider.grouping = picked;
      await context.workspaceState.update('dpia.register.grouping', picked);
      describe();
      provider.refresh();
    }),
    vscode.commands.registerCommand('dpia.register.filter', async (choice?: RegisterFilter[]) => {
      const items = FILTERS.map((f) => ({ label: filterLabel(f), picked: provider.filters.includes(f), f }));
      const picked = choice ?? (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Show only'), canPickMany: true }))?.map((i) => i.f);
      if (!picked) return;
      provider.filters = picked;
      await context.workspaceState.update('dpia.register.filters', picked);
      describe();
      provider.refresh();
    }),
    vscode.commands.registerCommand('dpia.register.clearFilter', () => vscode.commands.executeCommand('dpia.register.filter', [])),
    vscode.commands.registerCommand('dpia.register.refresh', () =>
      vscode.window.withProgress({ location: { viewId: VIEW_ID } }, async (_p, token) => {
        for (const uri of await findDpiaFiles(token)) {
          if (token.isCancellationRequested) break;
          await controller.checkFile(uri);
        }
      }),
    ),
  ];
  return { model, provider, view, dispose: () => disposables.forEach((d) => d.dispose()) };
}
