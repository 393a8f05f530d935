import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { activate, codeOf, diagnosticsWhen, hasCode, open, workspaceFile } from './helpers';

describe('diagnostics in the editor', () => {
  before(activate);

  it('shows risk.unmitigated-high for the fixture, with source and a code linking to the README', async () => {
    const editor = await open('high.dpia.md');
    const ds = await diagnosticsWhen(editor.document.uri, hasCode('risk.unmitigated-high'));
    const d = ds.find((x) => codeOf(x) === 'risk.unmitigated-high')!;
    assert.equal(d.source, 'dpia');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([d.range.start.line, d.range.start.character], [6, 3]);
    const target = (d.code as { target: vscode.Uri }).target;
    assert.ok(/\/readme\.md$/i.test(target.path), target.toString());
    assert.match(target.fragment, /^L\d+$/, 'a line VS Code can open (it ignores heading anchors in file links)');
  });

  it('matches what dpia check reports for the same file (same codes and positions)', async () => {
    const editor = await open('mixed.dpia.md');
    const ds = await diagnosticsWhen(editor.document.uri, (d) => d.length >= 3);
    const got = ds.map((d) => `${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();
    assert.deepEqual(got, ['measure.unknown@13:5', 'risk.level-mismatch@11:8', 'schema.unknown-key@14:1']);
  });

  it('updates as you type: adding a mitigation clears the error', async () => {
    const editor = await open('high.dpia.md');
    await diagnosticsWhen(editor.document.uri, hasCode('risk.unmitigated-high'));
    const line = editor.document.lineAt(10); // "impact: high"
    await editor.edit((b) => b.insert(line.range.end, '\nmitigations: [M365-DKE]'));
    const after = await diagnosticsWhen(editor.document.uri, (d) => !hasCode('risk.unmitigated-high')(d));
    assert.ok(hasCode('risk.residual-missing')(after), 'a residual is now expected');
    await vscode.commands.executeCommand('undo');
    await diagnosticsWhen(editor.document.uri, hasCode('risk.unmitigated-high'));
  });

  it('leaves other Markdown files alone', async () => {
    const plain = await open('notes.md');
    await open('high.dpia.md');
    await diagnosticsWhen(workspaceFile('high.dpia.md'), hasCode('risk.unmitigated-high'));
    assert.deepEqual(vscode.languages.getDiagnostics(plain.document.uri), []);
  });

  it('reports DPIA files that are not open (workspace diagnostics)', async () => {
    const uri = workspaceFile('closed.dpia.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()));
    const ds = await diagnosticsWhen(uri, hasCode('acceptance.expired'));
    assert.equal(ds.length, 1);
  });
});
