import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { activate, hoverText, diagnosticsWhen, hasCode, open, workspaceFile } from './helpers';

describe('language features in the editor', () => {
  before(activate);

  it('completion lists catalogue measure ids with their title', async () => {
    const editor = await open('features.dpia.md');
    const pos = new vscode.Position(13, '  - M365-'.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, pos);
    const dke = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'M365-DKE');
    assert.ok(dke, 'M365-DKE offered');
    assert.match(String(dke.detail), /Double Key Encryption/);
  });

  it('completion offers matrix levels after likelihood:', async () => {
    const editor = await open('features.dpia.md');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(9, 'likelihood: '.length));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const l of ['low', 'medium', 'high']) assert.ok(labels.includes(l), l);
  });

  it('hover on a measure id shows its source', async () => {
    const editor = await open('features.dpia.md');
    const text = await hoverText(editor.document.uri, new vscode.Position(13, 6));
    // Catalogue text is escaped Markdown (shown as written).
    const shown = text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    assert.match(shown, /M365-DKE/);
    assert.match(shown, /Source: Privacy Company, blogpost ‘Nieuwe DPIA voor de Rijksoverheid en universiteiten op Microsoft Teams, OneDrive en SharePoint Online’/);
  });

  it('a quick fix changes exactly the expected text, and undo restores the document', async () => {
    const editor = await open('features.dpia.md');
    const uri = editor.document.uri;
    const original = editor.document.getText();
    const ds = await diagnosticsWhen(uri, hasCode('risk.level-mismatch'));
    const d = ds.find((x) => (x.code as { value: string }).value === 'risk.level-mismatch')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
    const fix = actions.find((a) => a.title === 'Set level to "high"');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.equal(fix.isPreferred, true);
    await vscode.workspace.applyEdit(fix.edit);
    assert.equal(editor.document.getText(), original.replace('level: medium\n', 'level: high\n'));
    await diagnosticsWhen(uri, (x) => !hasCode('risk.level-mismatch')(x));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  it('outline symbols and CodeLens show the levels', async () => {
    const editor = await open('features.dpia.md');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [['R1: Access', 'high → low']]);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    assert.deepEqual(lenses.map((l) => l.command?.title), ['high → low after 3 mitigations']);
  });

  it('folds the front matter and the block', async () => {
    const editor = await open('features.dpia.md');
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    const ours = ranges.map((r) => [r.start, r.end]);
    assert.ok(ours.some(([s, e]) => s === 6 && e === 19), JSON.stringify(ours));
  });
});

describe('commands', () => {
  before(activate);

  it('"New DPIA from template" opens the filled template in a new editor', async () => {
    await vscode.commands.executeCommand('dpia.newFromTemplate', 'dpia.en.md', { title: 'DPIA Features', folder: vscode.Uri.file(require('node:os').tmpdir()) });
    const doc = vscode.window.activeTextEditor!.document;
    assert.equal(doc.languageId, 'markdown');
    assert.match(doc.getText(), /^---\ntype: dpia\n/);
    assert.match(doc.getText(), /## Step 7: Sign off and record outcomes/);
  });

  it('"Add mitigation" adds the chosen measure to the risk and clears the error', async () => {
    const editor = await open('high.dpia.md');
    const uri = editor.document.uri;
    const diagnostics = await diagnosticsWhen(uri, hasCode('risk.unmitigated-high'));
    // The core's neutral choice ('add-mitigation') becomes the extension's command, for the diagnostic it was made from.
    const d = diagnostics.find((x) => (x.code as { value: string }).value === 'risk.unmitigated-high')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
    const pick = actions.find((a) => a.title === 'Add a mitigation from the catalogue…');
    assert.equal(pick?.command?.command, 'dpia.addMitigation', actions.map((a) => a.title).join(', '));
    assert.deepEqual(pick.command.arguments?.[1], 'R1');
    const before = editor.document.getText();
    const ok = await vscode.commands.executeCommand<boolean>('dpia.addMitigation', uri, 'R1', 'M365-CUSTOMER-LOCKBOX');
    assert.equal(ok, true);
    assert.equal(editor.document.getText(), before.replace('impact: high\n', 'impact: high\nmitigations:\n  - M365-CUSTOMER-LOCKBOX\n'));
    await diagnosticsWhen(uri, (d) => !hasCode('risk.unmitigated-high')(d));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('"Check all DPIA files in workspace" checks every DPIA file', async () => {
    const totals = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number }>('dpia.checkWorkspace');
    assert.equal(totals.files, 14); // 8 + parts.dpia.md + carry.dpia.md and carry.prescan.md + 3 under nested/ (nested/build/ is left out by nested/.gitignore)
    assert.ok(totals.errors >= 4, JSON.stringify(totals));
    assert.ok(vscode.languages.getDiagnostics(workspaceFile('closed.dpia.md')).length === 1);
  });
});
