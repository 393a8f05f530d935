// The "DPIA Register" view in the Explorer (issue 18): every DPIA file of the workspace, grouped and
// filtered, kept current as files change, with "go to" a risk. Driven through the view's own commands
// and the tree items VS Code is given.
import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import type { DpiaExtensionApi } from '../../../src/extension/extension';
import type { TreeNode } from '../../../src/core/index';
import { activate, workspaceFile } from './helpers';

const api = () => vscode.extensions.all.find((e) => e.packageJSON?.name === 'dpia-assistant')!.exports as DpiaExtensionApi;

/** Resolves when the register's documents satisfy `pred`; waits for the model's event, never sleeps. */
function registerWhen(pred: (paths: string[]) => boolean): Promise<void> {
  const model = api().registerView.model;
  const paths = () => model.documents().map((d) => d.path);
  return new Promise((resolve) => {
    if (pred(paths())) return resolve();
    const sub = model.onDidChange(() => {
      if (!pred(paths())) return;
      sub.dispose();
      resolve();
    });
  });
}

const leaves = (ns: TreeNode[]): TreeNode[] => ns.flatMap((n) => (n.children?.length ? leaves(n.children) : [n]));

describe('the DPIA Register view', () => {
  before(activate);
  after(async () => {
    await vscode.commands.executeCommand('dpia.register.filter', []);
    await vscode.commands.executeCommand('dpia.register.groupBy', 'document');
  });

  it('lists every DPIA file of the workspace (not ignored ones, not plain Markdown) and shows in the Explorer', async () => {
    const high = workspaceFile('high.dpia.md').toString();
    await registerWhen((p) => p.includes(high) && p.includes(workspaceFile('transfer.dtia.md').toString()));
    const paths = api().registerView.model.documents().map((d) => d.path);
    assert.ok(!paths.includes(workspaceFile('notes.md').toString()), 'notes.md is not a DPIA');
    assert.ok(!paths.some((p) => p.includes('/nested/build/')), 'nested/.gitignore leaves build/ out, as for dpia check');
    const view = api().registerView.view;
    const shown = view.visible ? Promise.resolve() : new Promise<void>((resolve) => view.onDidChangeVisibility((e) => e.visible && resolve()));
    await vscode.commands.executeCommand('dpia.register.focus');
    await shown;
    const doc = api().registerView.provider.getChildren().find((n) => n.target?.document === high)!;
    assert.equal(doc.label, 'Integration fixture');
    const item = api().registerView.provider.getTreeItem(doc);
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.match(String(item.description), /high\.dpia\.md · 1 risk · \d+ errors?/);
    assert.equal(((item.iconPath as vscode.ThemeIcon).color as unknown as { id: string } | undefined)?.id, 'list.errorForeground');
  });

  it('groups by level (highest first) and filters to the highest level; the view says so', async () => {
    await vscode.commands.executeCommand('dpia.register.groupBy', 'level');
    const view = api().registerView.view;
    assert.equal(view.description, 'by level');
    const roots = api().registerView.provider.getChildren();
    assert.equal(roots[0].label, 'high');
    await vscode.commands.executeCommand('dpia.register.filter', ['high']);
    assert.match(view.message ?? '', /^Filtered: Risks at the highest level$/);
    const shown = leaves(api().registerView.provider.getChildren());
    assert.ok(shown.length > 0 && shown.every((n) => n.icon === 'risk-high'), JSON.stringify(shown.map((n) => n.label)));
    await vscode.commands.executeCommand('dpia.register.clearFilter');
    assert.equal(view.message, undefined);
  });

  it('a click on a risk opens its document at the risk block', async () => {
    await vscode.commands.executeCommand('dpia.register.groupBy', 'document');
    const high = workspaceFile('high.dpia.md').toString();
    const doc = api().registerView.provider.getChildren().find((n) => n.target?.document === high)!;
    const risk = doc.children!.find((n) => n.label.startsWith('R1 '))!;
    const command = api().registerView.provider.getTreeItem(risk).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), high);
    assert.equal(editor.document.lineAt(editor.selection.active.line).text, '```risk');
    assert.equal(editor.document.lineAt(editor.selection.active.line + 1).text, 'id: R1');
  });

  it('a new DPIA file appears when saved and goes when deleted; an edit shows as it is typed', async () => {
    const uri = workspaceFile('register-view-new.dpia.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntype: dpia\ntitle: Appears\n---\n\n```risk\nid: N1\ntitle: New\nlikelihood: low\nimpact: low\n```\n'));
    await registerWhen((p) => p.includes(uri.toString()));
    console.log('register view: the new file is listed');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await editor.edit((e) => e.replace(new vscode.Range(7, 0, 7, 'title: New'.length), 'title: Renamed while typing'));
    await new Promise<void>((resolve) => {
      const has = () => api().registerView.model.documents().some((d) => d.risks.some((r) => r.title === 'Renamed while typing'));
      if (has()) return resolve();
      const sub = api().registerView.model.onDidChange(() => has() && (sub.dispose(), resolve()));
    });
    console.log('register view: the edit is listed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
    await registerWhen((p) => !p.includes(uri.toString()));
  });
});
