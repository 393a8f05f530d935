import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import vscode = require('vscode');
import { activate, codeOf, diagnosticsWhen, hasCode, open, workspaceFile } from './helpers';

/** Resolves when `pred` holds for the tabs; waits for tab events, never sleeps. */
function tabsWhen(pred: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (pred()) return resolve();
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (!pred()) return;
      sub.dispose();
      resolve();
    });
  });
}

const previewActive = () => {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  return tab?.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType);
};

async function writeFixture(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

describe('the preview as a review view', () => {
  before(activate);

  it("VS Code's Markdown preview renders measure cards, risk texts and problem marks", async () => {
    await vscode.commands.executeCommand('markdown.api.reloadPlugins');
    const src = '---\ntype: dpia\ntitle: t\n---\n\n```measure\nid: M1\ntitle: Audit logs\nparty: supplier\nstatus: in-progress\n```\n\n```risk\nid: R1\ntitle: x\ndescription: What can <b>happen</b>\nlikelihood: high\nimpact: high\n```\n';
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', src);
    assert.match(html, /<div class="dpia-card dpia-measure" data-measure="M1">/);
    assert.match(html, /Party: <strong>supplier<\/strong> · Status: <strong>in progress<\/strong>/);
    assert.match(html, /<p class="dpia-description">What can &lt;b&gt;happen&lt;\/b&gt;<\/p>/);
    assert.match(html, /<span class="dpia-mark dpia-mark-error">1 error<\/span>/);
  });

  it('"Update risk overview table" acts on the previewed document when run from the preview', async () => {
    const uri = await writeFixture('preview-table.dpia.md', '---\ntype: dpia\ntitle: Preview table\n---\n\n# Risks\n\n<!-- dpia:risk-table -->\n| stale |\n<!-- /dpia:risk-table -->\n\n```risk\nid: R1\ntitle: Something\nlikelihood: low\nimpact: low\n```\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsWhen(uri, hasCode('table.stale'));
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    await tabsWhen(previewActive);
    assert.equal(vscode.window.activeTextEditor, undefined, 'the preview, not the text editor, is active');
    // From the palette (no argument) and from the preview's title bar (its webview-panel URI and the editor context).
    assert.equal(await vscode.commands.executeCommand('dpia.updateTable', vscode.Uri.parse('webview-panel:webview-panel/webview-1'), { groupId: 1 }), true);
    assert.match(editor.document.getText(), /\| R1 \| Something \| low +\| low +\| low +\|/);
    await vscode.commands.executeCommand('undo');
    assert.equal(await vscode.commands.executeCommand('dpia.updateTable'), true);
    assert.match(editor.document.getText(), /\| R1 \| Something \| low +\| low +\| low +\|/);
    // "Export risk register to PDF" from the preview's title bar exports the previewed document
    // (the destination is passed here instead of answering the save dialog).
    assert.ok(previewActive(), 'the preview is still the active tab');
    const out = workspaceFile('preview-export.pdf');
    const dest = await vscode.commands.executeCommand<vscode.Uri>('dpia.exportPdf', vscode.Uri.parse('webview-panel:webview-panel/webview-1'), out);
    assert.equal(dest?.toString(), out.toString());
    assert.match(execFileSync('pdfinfo', [out.fsPath], { encoding: 'utf8' }), /^Title:\s+Preview table$/m);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

describe('smaller points in the editor', () => {
  before(activate);

  it('a rule code links to the line of its README section', async () => {
    const editor = await open('high.dpia.md');
    const ds = await diagnosticsWhen(editor.document.uri, hasCode('risk.unmitigated-high'));
    const target = (ds.find((x) => codeOf(x) === 'risk.unmitigated-high')!.code as { target: vscode.Uri }).target;
    const line = /^L(\d+)$/.exec(target.fragment);
    assert.ok(line, target.toString());
    assert.equal(readFileSync(target.fsPath, 'utf8').split(/\r?\n/)[Number(line[1]) - 1], '### `risk.unmitigated-high`');
  });

  it('the outline is one tree: risks under their headings', async () => {
    const uri = await writeFixture('outline.dpia.md', '---\ntype: dpia\ntitle: Outline\n---\n\n# Risks\n\n## Access\n\n```risk\nid: R1\ntitle: A\nlikelihood: low\nimpact: low\n```\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const risks = symbols.find((s) => s.name === 'Risks' && s.children.length);
    assert.ok(risks, JSON.stringify(symbols.map((s) => s.name)));
    assert.deepEqual(risks.children.map((c) => [c.name, c.children.map((g) => g.name)]), [['Access', ['R1: A']]]);
  });

  it('the CodeLens never shows "?"', async () => {
    const uri = await writeFixture('incomplete.dpia.md', '---\ntype: dpia\ntitle: Incomplete\n---\n\n```risk\nid: R1\ntitle: A\nlikelihood: low\n```\n\n```transfer\nid: T1\ntool: scc\n```\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsWhen(uri, (d) => d.length > 0);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.some((t) => /likelihood or impact missing/.test(t)), titles.join(' | '));
    for (const t of titles) assert.doesNotMatch(t, /\?/);
  });

  it('"New DPIA from template" fills title, organisation and date and writes a file named after the title', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('dpia.newFromTemplate', 'dtia.nl.md', { title: 'DTIA Teams naar de VS', organisation: 'Gemeente Utrecht' });
    assert.ok(doc.uri.path.endsWith('/dtia-teams-naar-de-vs.dtia.md'), doc.uri.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
    const text = doc.getText();
    assert.match(text, /^title: 'DTIA Teams naar de VS'$/m);
    assert.match(text, /^organisation: 'Gemeente Utrecht'$/m);
    assert.match(text, new RegExp(`^date: ${new Date().toISOString().slice(0, 10)}$`, 'm'));
    assert.match(text, /^language: nl$/m);
    assert.match(text, /^# DTIA Teams naar de VS$/m);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri)), text, 'written to disk');
    // A second one with the same title gets a free name.
    const again = await vscode.commands.executeCommand<vscode.TextDocument>('dpia.newFromTemplate', 'dtia.nl.md', { title: 'DTIA Teams naar de VS' });
    assert.ok(again.uri.path.endsWith('/dtia-teams-naar-de-vs-2.dtia.md'), again.uri.toString());
  });
});
