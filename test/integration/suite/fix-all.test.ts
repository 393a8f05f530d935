// Issue 14 "Fixing" in the editor: "Fix all DPIA problems" (source.fixAll.dpia) applies the safe fixes,
// as a code action and from editor.codeActionsOnSave.
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import vscode = require('vscode');
import { activate, diagnosticsWhen, hasCode, workspaceFile } from './helpers';

const DOC = ['---', 'type: dpia', 'title: Fix all', '---', '', '```risk', 'id: R1', 'title: Stated too low', 'likelihood: high', 'impact: medium', 'level: medium', 'mitigations: [M365-DKE]', 'residual:', '  likelihood: low', '  impact: medium', '  level: hoog', '```', '', '```risk', 'id: R2', 'title: Needs a measure', 'likelihood: high', 'impact: high', 'level: high', '```', ''].join('\n');
const FIXED = DOC.replace('level: medium\nmitigations', 'level: high\nmitigations').replace('  level: hoog', '  level: low');
const KIND = vscode.CodeActionKind.SourceFixAll.append('dpia');

async function fresh(name: string): Promise<vscode.TextDocument> {
  const uri = workspaceFile(name);
  writeFileSync(uri.fsPath, DOC);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  await diagnosticsWhen(uri, hasCode('risk.level-mismatch'));
  return doc;
}

describe('Fix all DPIA problems (source.fixAll.dpia)', function () {
  this.timeout(120_000);
  before(activate);
  const made: string[] = [];
  after(async () => {
    await vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const n of made) rmSync(workspaceFile(n).fsPath, { force: true });
  });

  it('the code action applies the safe fixes and leaves those needing a choice', async () => {
    made.push('fix-all-action.dpia.md');
    const doc = await fresh('fix-all-action.dpia.md');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), KIND.value);
    const fixAll = actions.find((a) => a.kind?.value === KIND.value);
    assert.ok(fixAll, `a ${KIND.value} action is offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fixAll.title, vscode.env.language.startsWith('nl') ? 'Alle DPIA-problemen oplossen' : 'Fix all DPIA problems');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    assert.equal(doc.getText(), FIXED);
    const ds = await diagnosticsWhen(doc.uri, (d) => !hasCode('risk.level-mismatch')(d));
    assert.ok(hasCode('risk.unmitigated-high')(ds), 'the fix that needs a choice is left');
    const again = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), KIND.value);
    assert.equal(again.filter((a) => a.kind?.value === KIND.value).length, 0, 'nothing more to fix');
    await doc.save(); // no dirty editor left behind (closing it would ask)
  });

  // Skipped: under code-server on this machine the on-save run did not apply the fixes (the setting
  // reads back as {"source.fixAll.dpia":"always"}, the save event fires, the text is unchanged; an
  // onWillSaveTextDocument participant is aborted after 1750 ms first). Not yet understood: open work.
  it('runs on save with editor.codeActionsOnSave', async function () {
    // Seen once on a machine loaded by a benchmark: the save happened without the participant's edit
    // (with a dialog requested during the smoke test). One retry; twice in a row is a failure.
    this.retries(1);
    made.push('fix-all-save.dpia.md');
    await vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).update('codeActionsOnSave', { 'source.fixAll.dpia': 'always' }, vscode.ConfigurationTarget.Workspace, true);
    const doc = await fresh('fix-all-save.dpia.md');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((e) => e.insert(new vscode.Position(4, 0), 'Intro.\n'));
    const saved = new Promise<void>((resolve) => {
      const sub = vscode.workspace.onDidSaveTextDocument((d) => {
        if (d.uri.toString() !== doc.uri.toString()) return;
        sub.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('workbench.action.files.save');
    await saved;
    const setting = JSON.stringify(vscode.workspace.getConfiguration('editor', { languageId: 'markdown', uri: doc.uri }).get('codeActionsOnSave'));
    assert.equal(doc.getText(), FIXED.replace('---\n\n```risk', '---\nIntro.\n\n```risk'), `codeActionsOnSave for markdown: ${setting}`);
    assert.equal(readFileSync(doc.uri.fsPath, 'utf8'), doc.getText(), 'the fixed text is what was saved');
  });
});
