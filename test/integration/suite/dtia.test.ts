import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { activate, hoverText, diagnosticsWhen, hasCode, open } from './helpers';

describe('DTIA in the editor', () => {
  before(activate);

  it('hover on a transfer shows the computed probabilities as percentages', async () => {
    const editor = await open('transfer.dtia.md');
    const text = await hoverText(editor.document.uri, new vscode.Position(6, 4));
    assert.match(text, /Annual probability: \*\*0\.50%\*\* \(product of 3 factors\)/);
    assert.match(text, /Probability over 5 years: \*\*2\.48%\*\*/);
  });

  it('CodeLens above the transfer', async () => {
    const editor = await open('transfer.dtia.md');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    assert.deepEqual(lenses.map((l) => l.command?.title), ['US · scc (module 2) · 2.48% over 5 years (0.50% a year)']);
  });

  it('transfer.probability-mismatch with a quick fix to the computed value', async () => {
    const editor = await open('transfer.dtia.md');
    const uri = editor.document.uri;
    const ds = await diagnosticsWhen(uri, hasCode('transfer.probability-mismatch'));
    const d = ds.find((x) => (x.code as { value: string }).value === 'transfer.probability-mismatch')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
    const fix = actions.find((a) => a.title === 'Set the probability to 0.0248')!;
    const before = editor.document.getText();
    await vscode.workspace.applyEdit(fix.edit!);
    assert.equal(editor.document.getText(), before.replace('  probability: 0.1\n', '  probability: 0.0248\n'));
    await diagnosticsWhen(uri, (x) => !hasCode('transfer.probability-mismatch')(x));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });
});
