// Issue 15: key completion "without VS Code's Markdown snippets mixed in inside blocks". The grammar
// this extension injects (src/extension/fence-grammar.ts) makes a block's body embedded YAML, as VS
// Code's own grammar does for ```yaml and the front matter; VS Code offers snippets by the language at
// the cursor, so its Markdown snippets stay out of blocks. (YAML colours and Ctrl+/ commenting with `#`
// are checked by the UI check, test/integration/ui-typing.mjs, with the keyboard.)
import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { activate } from './helpers';

const TEXT = '---\ntype: dpia\ntitle: Embedded YAML\nlanguage: en\n---\n\nSome prose \n\n```risk\nid: R1\ntitle: Access \nlikelihood: low\nimpact: low\n```\n\n````markdown\nAn example:\n```risk\nid: R9 \n```\n````\n';
/** VS Code's Markdown snippets (markdown-basics), by prefix. */
const MARKDOWN_SNIPPETS = ['bold', 'italic', 'quote', 'heading1', 'unordered list', 'link', 'image'];
const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

describe('the body of a block is YAML to VS Code (issue 15)', () => {
  let editor: vscode.TextEditor;
  before(async () => {
    await activate();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: TEXT });
    editor = await vscode.window.showTextDocument(doc);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  const snippetsAt = async (line: number) => {
    const pos = new vscode.Position(line, editor.document.lineAt(line).text.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, pos);
    return list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
  };
  const lineOf = (text: string, from = 0) => editor.document.getText().split('\n').findIndex((l, i) => i >= from && l === text);

  it("VS Code's Markdown snippets are offered in prose and not inside a risk block", async () => {
    const prose = await snippetsAt(lineOf('Some prose '));
    assert.ok(MARKDOWN_SNIPPETS.every((s) => prose.includes(s)), `in prose: ${prose.join(', ')}`);
    const inBlock = await snippetsAt(lineOf('title: Access '));
    assert.deepEqual(inBlock.filter((s) => MARKDOWN_SNIPPETS.includes(s)), [], `in the block: ${inBlock.join(', ')}`);
  });

  it('a ```risk shown inside a ````markdown example stays Markdown (it is not a block)', async () => {
    const inExample = await snippetsAt(lineOf('id: R9 '));
    assert.ok(MARKDOWN_SNIPPETS.every((s) => inExample.includes(s)), inExample.join(', '));
  });
});
