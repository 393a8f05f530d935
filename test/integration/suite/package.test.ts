import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { activate, diagnosticsWhen, hasCode, open } from './helpers';
import type { DpiaExtensionApi } from '../../../src/extension/extension';

function api(): DpiaExtensionApi {
  return vscode.extensions.all.find((e) => e.packageJSON?.name === 'dpia-assistant')!.exports as DpiaExtensionApi;
}

/** Resolves when `read()` gives a value that satisfies `pred`, checking after each editor or diagnostics change. */
function when<T>(read: () => T, pred: (v: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = () => subs.forEach((s) => s.dispose());
    const check = () => {
      try {
        const v = read();
        if (pred(v)) {
          done();
          resolve(v);
        }
      } catch (e) {
        done();
        reject(e);
      }
    };
    const later = () => setTimeout(check, 0);
    const subs = [vscode.window.onDidChangeActiveTextEditor(later), vscode.languages.onDidChangeDiagnostics(later), api().controller.onDidUpdate(later)];
    check();
  });
}

describe('package: context key, status bar, output', () => {
  before(activate);

  it('dpia.isDpiaDocument is true for a DPIA, false for notes.md, true for Markdown with type: dpia front matter', async () => {
    await open('high.dpia.md');
    assert.equal(await when(() => api().dpiaContext.value, (v) => v === true), true);
    await open('notes.md');
    assert.equal(await when(() => api().dpiaContext.value, (v) => v === false), false);
    const typed = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ntype: dpia\ntitle: t\n---\n# x\n' });
    await vscode.window.showTextDocument(typed);
    assert.equal(await when(() => api().dpiaContext.value, (v) => v === true), true);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the status bar shows the open high risks of the active DPIA, and hides for other Markdown', async () => {
    const editor = await open('high.dpia.md');
    await diagnosticsWhen(editor.document.uri, hasCode('risk.unmitigated-high'));
    const text = await when(() => api().statusBar.item.text, () => api().statusBar.current?.state === 'open');
    const english = vscode.env.language.startsWith('nl') ? '$(warning) DPIA: 1 hoog risico open' : '$(warning) DPIA: 1 high risk open';
    assert.equal(text, english);
    assert.equal(api().statusBar.item.command, 'workbench.actions.view.problems');
    assert.equal(api().statusBar.current?.highOpen, 1);
    await open('notes.md');
    assert.equal(await when(() => api().statusBar.current, (c) => c === undefined), undefined);
  });

  it('the "DPIA" output channel reports a matrix that cannot be read, once', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ntype: dpia\ntitle: t\nmatrix: ./nowhere.matrix.yaml\n---\n# x\n' });
    await vscode.window.showTextDocument(doc);
    const mentions = () => api().logger.recent.filter((l) => l.includes(doc.uri.toString()) && l.includes('matrix.invalid'));
    await when(mentions, (m) => m.length > 0);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(5, 3), ' more'));
    await api().controller.run(editor.document);
    assert.equal(mentions().length, 1, api().logger.recent.join('\n'));
    assert.match(mentions()[0], /\[info\]/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
