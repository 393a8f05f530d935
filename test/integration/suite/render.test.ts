import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
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

  it('"Export document…" writes the whole document as PDF, Word and HTML (format and destination passed as the menus\' quick pick and save dialog would)', async () => {
    const source = workspaceFile('export-whole.dpia.md');
    const text = [
      '---', 'type: dpia', 'title: Whole export in the editor', 'organisation: Integration Org', 'date: 2026-05-01', '---', '',
      '# Introduction heading', '', 'An opening paragraph of the editor export.', '',
      '![remote logo](https://example.com/logo.png)', '',
      '```risk', 'id: R1', 'title: Loss of control in the editor', 'likelihood: high', 'impact: high', 'mitigations: [M365-DKE]', 'residual: {likelihood: low, impact: high}', '```', '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(source, Buffer.from(text));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source));
    const pdf = workspaceFile('export-whole.pdf');
    assert.equal((await vscode.commands.executeCommand<vscode.Uri>('dpia.exportDocument', source, { format: 'pdf', output: pdf }))?.toString(), pdf.toString());
    const pdfText = execFileSync('pdftotext', ['-raw', pdf.fsPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const t of ['Whole export in the editor', 'Integration Org', 'Introduction heading', 'An opening paragraph of the editor export.', 'R1', 'Loss of control in the editor', 'M365-DKE', 'https://example.com/logo.png'])
      assert.ok(pdfText.includes(t), `the PDF shows "${t}"`);
    assert.match(execFileSync('pdfinfo', [pdf.fsPath], { encoding: 'utf8' }), /^Title:\s+Whole export in the editor$/m);

    const docx = workspaceFile('export-whole.docx');
    await vscode.commands.executeCommand('dpia.exportDocument', source, { format: 'docx', output: docx });
    const xml = strFromU8(unzipSync(await vscode.workspace.fs.readFile(docx))['word/document.xml']);
    for (const t of ['Introduction heading', 'An opening paragraph of the editor export.', 'Loss of control in the editor']) assert.ok(xml.includes(t), `the DOCX shows "${t}"`);
    assert.ok(xml.includes('<w:pStyle w:val="Heading1"/>'));

    const html = workspaceFile('export-whole.html');
    await vscode.commands.executeCommand('dpia.exportDocument', source, { format: 'html', output: html });
    const page = Buffer.from(await vscode.workspace.fs.readFile(html)).toString('utf8');
    assert.ok(page.includes('Loss of control in the editor'));
    assert.ok(!/<script|<img[^>]+src="https?:/i.test(page), 'no script, no remote image');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    for (const u of [pdf, docx, html, source]) await vscode.workspace.fs.delete(u);
  });
});

