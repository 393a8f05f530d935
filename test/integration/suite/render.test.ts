import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { activate, diagnosticsWhen, hasCode, open, workspaceFile } from './helpers';

describe('rendering in the editor', () => {
  before(activate);

  it("VS Code's Markdown preview renders risk cards and the heat map (markdown-it plugin)", async () => {
    const editor = await open('features.dpia.md');
    // The Markdown extension collects markdown-it plugins from installed extensions; make sure ours is loaded.
    await vscode.commands.executeCommand('markdown.api.reloadPlugins');
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', editor.document.getText() + '\n```dpia-heatmap\n```\n');
    assert.match(html, /<div class="dpia-card dpia-risk" data-risk="R1"[ >]/);
    assert.match(html, /Inherent: high/);
    assert.match(html, /<div class="dpia-heatmap">/);
    assert.ok(!/<script/i.test(html));
  });

  it('"Update risk overview table" rewrites only the text between the markers; undo restores it', async () => {
    const editor = await open('table.dpia.md');
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, hasCode('table.stale'));
    const before = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('dpia.updateTable', uri), true);
    const after = editor.document.getText();
    const start = before.indexOf('<!-- dpia:risk-table -->') + '<!-- dpia:risk-table -->'.length;
    assert.equal(after.slice(0, start), before.slice(0, start));
    assert.equal(after.slice(after.indexOf('<!-- /dpia:risk-table -->')), before.slice(before.indexOf('<!-- /dpia:risk-table -->')));
    assert.match(after, /\| R1 \| Something \| low +\| low +\| low +\|/);
    await diagnosticsWhen(uri, (d) => !hasCode('table.stale')(d));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('the table.stale quick fix regenerates the table', async () => {
    const editor = await open('table.dpia.md');
    const uri = editor.document.uri;
    const ds = await diagnosticsWhen(uri, hasCode('table.stale'));
    const d = ds.find((x) => (x.code as { value: string }).value === 'table.stale')!;
    // The table's Markdown is made when the action is resolved (codeAction/resolve), not when the actions are listed.
    const listed = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
    assert.equal(listed.find((a) => a.title === 'Regenerate the risk table')?.edit, undefined);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value, 100);
    const fix = actions.find((a) => a.title === 'Regenerate the risk table')!;
    await vscode.workspace.applyEdit(fix.edit!);
    await diagnosticsWhen(uri, (x) => !hasCode('table.stale')(x));
    await vscode.commands.executeCommand('undo');
  });

  it('"Export risk register to PDF" writes a PDF', async () => {
    await open('features.dpia.md');
    const out = workspaceFile('features-register.pdf');
    const result = await vscode.commands.executeCommand<vscode.Uri>('dpia.exportPdf', workspaceFile('features.dpia.md'), out);
    assert.equal(result.toString(), out.toString());
    const bytes = await vscode.workspace.fs.readFile(out);
    assert.equal(Buffer.from(bytes.subarray(0, 5)).toString('latin1'), '%PDF-');
    assert.ok(bytes.length > 10_000);
  });
});
