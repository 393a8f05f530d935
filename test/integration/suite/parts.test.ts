import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { activate, diagnosticsWhen, hasCode, hoverText, open } from './helpers';

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

describe('data and purpose blocks in the editor (issue 16)', () => {
  before(activate);

  it('completion in a data block offers its keys and the Art. 9 categories', async () => {
    const editor = await open('parts.dpia.md');
    const uri = editor.document.uri;
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(7, 0));
    for (const k of ['criminal', 'national-id', 'source']) assert.ok(keys.items.some((i) => labelOf(i) === k), k);
    const values = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(9, 'special: '.length));
    assert.ok(values.items.some((i) => labelOf(i) === 'biometric'), values.items.map(labelOf).join(', '));
  });

  it('completion in a purpose block offers the Art. 6(1) bases and the data category ids', async () => {
    const editor = await open('parts.dpia.md');
    const uri = editor.document.uri;
    const bases = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(15, 'basis: '.length));
    for (const b of ['a', 'e', 'f']) assert.ok(bases.items.some((i) => labelOf(i) === b), b);
    const ids = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(17, '  - '.length));
    assert.ok(ids.items.some((i) => labelOf(i) === 'D-HEALTH'), ids.items.map(labelOf).join(', '));
  });

  it('hover on a data category id shows where it is used; hover on a purpose key shows its description', async () => {
    const editor = await open('parts.dpia.md');
    const uri = editor.document.uri;
    const used = await hoverText(uri, new vscode.Position(7, 6));
    assert.match(used, /Used by: purpose P1/);
    const basis = await hoverText(uri, new vscode.Position(15, 2));
    assert.match(basis, /legitimate interests/);
  });

  it('the part B rules report in the editor', async () => {
    const editor = await open('parts.dpia.md');
    const ds = await diagnosticsWhen(editor.document.uri, hasCode('purpose.legitimate-interest-public-task'));
    for (const code of ['data.special-without-exception', 'purpose.balancing-missing']) assert.ok(hasCode(code)(ds), code);
  });
});
