// Issue 15, "Typing and completion" and "Quick fixes that leave the document better", at the
// provider and command level in the real VS Code (the UI driver in ../ui-check.mjs types them).
import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { activate, codeOf, diagnosticsWhen, hasCode } from './helpers';

const FM = '---\ntype: dpia\ntitle: Authoring\nlanguage: en\n---\n\n';
const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

/** A fresh untitled DPIA document (Markdown with `type: dpia`), opened in an editor; no file, so the workspace's files stay as they are. */
async function fresh(text: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  return vscode.window.showTextDocument(doc);
}

const completions = (editor: vscode.TextEditor, pos: vscode.Position) =>
  vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, pos);

async function quickFix(editor: vscode.TextEditor, code: string, title: RegExp): Promise<vscode.CodeAction & { diagnostic: vscode.Diagnostic }> {
  const ds = await diagnosticsWhen(editor.document.uri, hasCode(code));
  const d = ds.find((x) => codeOf(x) === code)!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
  const a = actions.find((x) => title.test(x.title));
  assert.ok(a?.edit, `${code}: ${actions.map((x) => x.title).join(', ')}`);
  return Object.assign(a, { diagnostic: d });
}

const noSyntaxOrSchema = (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === 'yaml.syntax' || codeOf(d).startsWith('schema.'));

describe('authoring: completion, quick fixes and insert measure', () => {
  before(activate);

  it('after ```risk no block kind is offered (Enter starts the block); after ``` all are, in an incomplete list', async () => {
    const editor = await fresh(FM + '```risk\n');
    await diagnosticsWhen(editor.document.uri, () => true);
    const typed = await completions(editor, new vscode.Position(6, 7));
    assert.ok(!typed.items.some((i) => labelOf(i) === 'risk'), typed.items.map(labelOf).join());
    const open = await fresh(FM + '```\n');
    const list = await completions(open, new vscode.Position(6, 3));
    for (const k of ['risk', 'measure', 'transfer']) assert.ok(list.items.some((i) => labelOf(i) === k), k);
    assert.equal(list.isIncomplete, true);
  });

  it('keys: required first (id, title, likelihood, impact), then schema order', async () => {
    const editor = await fresh(FM + '```risk\n\n```\n');
    const list = await completions(editor, new vscode.Position(7, 0));
    const keys = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Property).sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
    assert.deepEqual(keys.slice(0, 5).map(labelOf), ['id', 'title', 'likelihood', 'impact', 'description']);
  });

  it('measure ids show their title next to the id and are found by words of the title', async () => {
    const editor = await fresh(FM + '```risk\nid: R1\nmitigations:\n  - \n```\n');
    const list = await completions(editor, new vscode.Position(9, 4));
    const own = list.items.find((i) => labelOf(i) === 'GEN-OWN-KEYS')!;
    assert.equal((own.label as vscode.CompletionItemLabel).description, 'Encryption with keys held only by the organisation');
    assert.match(String(own.filterText), /Encryption/);
    assert.ok(!list.items.some((i) => labelOf(i) === 'due'), 'no `due` where a measure id is expected');
  });

  it('"Add a residual section" inserts the lowest levels as choices, not the inherent ones; no residual-high follows', async () => {
    const editor = await fresh(FM + '```risk\nid: R1\ntitle: t\nlikelihood: high\nimpact: high\nmitigations: [GEN-MFA]\n```\n');
    const a = await quickFix(editor, 'risk.residual-missing', /residual/);
    assert.ok(await vscode.workspace.applyEdit(a.edit!));
    const text = editor.document.getText();
    assert.ok(text.includes('mitigations: [GEN-MFA]\nresidual:\n  likelihood: low\n  impact: low\n```'), text);
    assert.ok(!text.includes('${'), 'inserted as a snippet, not as its source');
    await diagnosticsWhen(editor.document.uri, (ds) => !hasCode('risk.residual-missing')(ds) && !hasCode('risk.residual-high')(ds) && noSyntaxOrSchema(ds));
  });

  it('the acceptance and consultation skeleton of a Dutch document names the AP and raises no schema error', async () => {
    const editor = await fresh('---\ntype: dpia\ntitle: t\nlanguage: nl\n---\n```risk\nid: R1\ntitle: t\nlikelihood: hoog\nimpact: hoog\nmitigations: [GEN-MFA]\nresidual:\n  likelihood: hoog\n  impact: hoog\n```\n');
    const a = await quickFix(editor, 'risk.residual-high', /acceptance/);
    assert.ok(await vscode.workspace.applyEdit(a.edit!));
    const text = editor.document.getText();
    assert.match(text, /consultation:\n  authority: Autoriteit Persoonsgegevens\n  date: \d{4}-\d\d-\d\d\n  outcome: pending\n/);
    await diagnosticsWhen(editor.document.uri, (ds) => noSyntaxOrSchema(ds) && !hasCode('risk.residual-missing')(ds));
  });

  it('an unquoted ": " is reported as such, in place of "bad indentation", and the quick fix quotes the value', async () => {
    const editor = await fresh(FM + '```risk\nid: R1\ntitle: Access: US authorities\nlikelihood: low\nimpact: low\n```\n');
    const a = await quickFix(editor, 'yaml.syntax', /Quote the value/);
    const d = a.diagnostic;
    assert.match(d.message, /Quote the value: title: 'Access: US authorities'/);
    assert.equal(d.range.start.line, 8);
    assert.ok(await vscode.workspace.applyEdit(a.edit!));
    assert.ok(editor.document.getText().includes("title: 'Access: US authorities'\n"));
    await diagnosticsWhen(editor.document.uri, noSyntaxOrSchema);
  });

  it('an empty `by:` is reported at the key with "fill in"', async () => {
    const editor = await fresh(FM + '```risk\nid: R1\ntitle: t\nlikelihood: low\nimpact: low\nacceptance:\n  by:\n  date: 2026-01-01\n```\n');
    const ds = await diagnosticsWhen(editor.document.uri, hasCode('schema.empty'));
    const d = ds.find((x) => codeOf(x) === 'schema.empty')!;
    assert.deepEqual([d.range.start.line, d.range.start.character], [12, 2]);
    assert.match(d.message, /fill in who accepted the risk/);
  });

  it('Insert measure puts the id into the mitigations of the risk at the cursor, from any line of it', async () => {
    const text = FM + '```risk\nid: R1\ntitle: A risk\nlikelihood: low\nimpact: low\nmitigations:\n  - GEN-MFA\ndescription: text\n```\n';
    const editor = await fresh(text);
    const want = text.replace('  - GEN-MFA\n', '  - GEN-MFA\n  - GEN-LOGGING\n');
    for (const [line, ch] of [[6, 2], [8, 5], [11, 0], [12, 4], [13, 3]] as const) {
      editor.selection = new vscode.Selection(line, ch, line, ch);
      assert.ok(await vscode.commands.executeCommand('dpia.insertMeasure', 'GEN-LOGGING'), `line ${line}`);
      assert.equal(editor.document.getText(), want, `cursor at ${line}:${ch}`);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), text);
    }
  });
});
