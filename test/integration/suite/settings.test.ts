import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { activate, codeOf, diagnosticsWhen, hasCode, open, workspaceFile } from './helpers';

const config = () => vscode.workspace.getConfiguration('dpia');

describe('settings, languages and lifecycle', () => {
  before(activate);
  afterEach(async () => {
    for (const key of ['rules', 'codeLens.enabled', 'workspaceDiagnostics']) await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('dpia.rules changes a rule severity, and "off" removes it', async () => {
    const editor = await open('high.dpia.md');
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, hasCode('risk.unmitigated-high'));
    await config().update('rules', { 'risk.unmitigated-high': 'warning' }, vscode.ConfigurationTarget.Workspace);
    const warned = await diagnosticsWhen(uri, (d) => d.some((x) => codeOf(x) === 'risk.unmitigated-high' && x.severity === vscode.DiagnosticSeverity.Warning));
    assert.equal(warned.length, 1);
    await config().update('rules', { 'risk.unmitigated-high': 'off' }, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(uri, (d) => d.length === 0);
  });

  it('dpia.codeLens.enabled switches the CodeLens off', async () => {
    const editor = await open('features.dpia.md');
    await config().update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    assert.deepEqual(lenses, []);
  });

  it('a workspace catalogue named in the front matter is re-read when it changes on disk', async () => {
    const editor = await open('catalogue-user.dpia.md');
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, hasCode('measure.unknown'));
    const catalogue = workspaceFile('our.catalogue.yaml');
    const original = await vscode.workspace.fs.readFile(catalogue);
    const measures = "name: Our measures\nmeasures:\n  - id: ORG-LOGREVIEW\n    party: organisation\n    title: {en: Review logs, nl: Logs controleren}\n    source: {report: Audit, date: 2026-01-15, section: F4}\n";
    await vscode.workspace.fs.writeFile(catalogue, new TextEncoder().encode(measures));
    await diagnosticsWhen(uri, (d) => d.length === 0);
    await vscode.workspace.fs.writeFile(catalogue, original);
    await diagnosticsWhen(uri, hasCode('measure.unknown'));
  });

  it('messages follow the document language (Dutch)', async () => {
    const editor = await open('dutch.dpia.md');
    const ds = await diagnosticsWhen(editor.document.uri, (d) => d.length >= 2);
    const messages = ds.map((d) => d.message).join('\n');
    assert.match(messages, /Risico R1 is hoog \(kans hoog × impact hoog\), het hoogste niveau van de matrix rijksdienst, maar heeft geen maatregelen/);
    assert.match(messages, /onbekende sleutel `kans`/);
  });

  it('diagnostics are cleared when a document is closed (workspace diagnostics off)', async () => {
    await config().update('workspaceDiagnostics', false, vscode.ConfigurationTarget.Workspace);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ntype: dpia\ntitle: Untitled\n---\n```risk\nid: R1\ntitle: t\nlikelihood: high\nimpact: high\n```\n' });
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhen(doc.uri, hasCode('risk.unmitigated-high'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await diagnosticsWhen(doc.uri, (d) => d.length === 0);
  });

  it('"Insert measure" inserts the chosen measure at the cursor', async () => {
    const editor = await open('features.dpia.md');
    const end = editor.document.lineAt(15).range.end; // "  - M365-NO-SMS-MFA"
    editor.selection = new vscode.Selection(end, end);
    await editor.edit((b) => b.insert(end, '\n  - '));
    const pos = editor.document.lineAt(16).range.end;
    editor.selection = new vscode.Selection(pos, pos);
    assert.equal(await vscode.commands.executeCommand('dpia.insertMeasure', 'M365-DISABLE-AOCE'), true);
    assert.equal(editor.document.lineAt(16).text, '  - M365-DISABLE-AOCE');
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    assert.ok(!editor.document.getText().includes('AOCE'));
  });

  it('offers block skeletons outside blocks, and nothing from DPIA Assistant in other Markdown', async () => {
    const editor = await open('features.dpia.md');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(5, 0));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('risk') && labels.includes('measure') && labels.includes('transfer'), labels.join(','));
    const notes = await open('notes.md');
    const other = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', notes.document.uri, new vscode.Position(3, 0));
    assert.ok(!other.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'M365-DKE'));
    assert.equal(vscode.languages.getDiagnostics(workspaceFile('notes.md')).length, 0);
  });
});
