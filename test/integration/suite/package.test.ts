import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { activate, diagnosticsWhen, hasCode, open } from './helpers';
import type { DpiaExtensionApi } from '../../../src/extension/extension';

function api(): DpiaExtensionApi {
  return vscode.extensions.all.find((e) => e.packageJSON?.name === 'dpia-assistant')!.exports as DpiaExtensionApi;
}

/** Resolves when `read()` gives a value that satisfies `pred`, checking after each editor or diagnostics change. */
function when<T>(read: () => T, pred: (v: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    const check = () => {
      const v = read();
      if (!pred(v)) return false;
      subs.forEach((s) => s.dispose());
      resolve(v);
      return true;
    };
    const subs = [vscode.window.onDidChangeActiveTextEditor(() => setTimeout(check, 0)), vscode.languages.onDidChangeDiagnostics(() => setTimeout(check, 0)), api().controller.onDidUpdate(() => setTimeout(check, 0))];
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
});
