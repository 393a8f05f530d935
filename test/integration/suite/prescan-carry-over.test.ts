// Issue 16: a DPIA's pre-scan carries over in the editor: the missing category is a warning,
// completion offers it, and editing the pre-scan on disk updates the DPIA's diagnostics.
import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { activate, codeOf, diagnosticsWhen, hasCode, open, workspaceFile } from './helpers';

describe('the pre-scan carries over into the DPIA (issue 16)', () => {
  before(activate);

  it('warns about the pre-scan\'s data category missing from the inventory, offers it in completion, and follows the pre-scan on disk', async () => {
    const editor = await open('carry.dpia.md');
    const uri = editor.document.uri;
    const ds = await diagnosticsWhen(uri, hasCode('prescan.data-not-in-inventory'));
    const d = ds.find((x) => codeOf(x) === 'prescan.data-not-in-inventory')!;
    assert.equal(d.range.start.line, 3, 'at the prescan: line');
    assert.match(d.message, /"D-LOCATION"/);

    // Completion at a new data block's id offers the missing category, from the pre-scan.
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n```data\nid: \n```\n'));
    const line = editor.document.lineCount - 3;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 4));
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'D-LOCATION');
    assert.ok(item, list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', '));
    assert.match(String(item.detail), /from the pre-scan/);
    await vscode.commands.executeCommand('workbench.action.files.revert');

    // The pre-scan drops the category on disk: the warning goes; restored, it comes back.
    const prescan = workspaceFile('carry.prescan.md');
    const original = await vscode.workspace.fs.readFile(prescan);
    const text = new TextDecoder().decode(original).replace('data: [D-ACCOUNT, D-LOCATION]', 'data: [D-ACCOUNT]');
    await vscode.workspace.fs.writeFile(prescan, new TextEncoder().encode(text));
    await diagnosticsWhen(uri, (x) => !hasCode('prescan.data-not-in-inventory')(x));
    await vscode.workspace.fs.writeFile(prescan, original);
    await diagnosticsWhen(uri, hasCode('prescan.data-not-in-inventory'));
  });
});
