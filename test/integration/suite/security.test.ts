// Issue 11, item 6: document text in hovers and completion is text, never markup, and showing
// them makes no network request from the extension host (network modules patched while it runs).
import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { rmSync, writeFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { activate, diagnosticsWhen, workspaceFile } from './helpers';

const PAYLOAD = '![p](https://attacker.example/x.png) [l](https://attacker.example/l) <img src=https://attacker.example/y.png> <https://attacker.example/a> www.attacker.example';
const TEXT = `---\ntype: dpia\ntitle: Hostile\nlanguage: en\n---\n\n\`\`\`measure\nid: EVIL-1\ntitle: ${JSON.stringify(PAYLOAD)}\nparty: organisation\nstatus: planned\ndescription: ${JSON.stringify(PAYLOAD)}\n\`\`\`\n\n\`\`\`risk\nid: R1\ntitle: ${JSON.stringify(PAYLOAD)}\nlikelihood: high\nimpact: high\nmitigations:\n  - EVIL-1\n  - \n\`\`\`\n`;

/** Replaces the ways out of the process with recorders that refuse; returns the log and a restore function. */
function blockNetwork(): { attempts: string[]; restore: () => void } {
  const attempts: string[] = [];
  const saved: [Record<string, unknown>, string, unknown][] = [];
  const block = (obj: Record<string, unknown>, name: string, what: string) => {
    saved.push([obj, name, obj[name]]);
    obj[name] = () => {
      attempts.push(what);
      throw new Error(`network blocked in test: ${what}`);
    };
  };
  const net = require('node:net');
  block(net, 'connect', 'net.connect');
  block(net, 'createConnection', 'net.createConnection');
  block(require('node:tls'), 'connect', 'tls.connect');
  for (const m of ['node:http', 'node:https']) {
    block(require(m), 'request', `${m}.request`);
    block(require(m), 'get', `${m}.get`);
  }
  const dns = require('node:dns');
  for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6']) block(dns, fn, `dns.${fn}`);
  block(globalThis as unknown as Record<string, unknown>, 'fetch', 'fetch');
  return { attempts, restore: () => saved.reverse().forEach(([o, n, v]) => (o[n] = v)) };
}

const markup = (md: string) => {
  const html = new MarkdownIt({ html: true, linkify: true }).render(md);
  return /<(img|a|script|iframe)\b|<[^>]*\b(src|href)=/i.test(html) ? html : undefined;
};
const valueOf = (c: vscode.MarkdownString | vscode.MarkedString | string | undefined) => (c === undefined ? '' : typeof c === 'string' ? c : (c as vscode.MarkdownString).value);

describe('hostile document text in hovers and completion', () => {
  const name = 'hostile.dpia.md';
  before(async () => {
    await activate();
    writeFileSync(workspaceFile(name).fsPath, TEXT);
  });
  after(() => rmSync(workspaceFile(name).fsPath, { force: true }));

  it('shows no image, link or HTML from the document, and the extension host makes no network request', async () => {
    const uri = workspaceFile(name);
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await diagnosticsWhen(uri, (d) => d.length > 0);
    const lines = TEXT.split('\n');
    const risk = lines.indexOf('```risk');
    const mitigation = lines.indexOf('  - EVIL-1');
    const fresh = lines.indexOf('  - ', risk);
    const net = blockNetwork();
    try {
      const contents: string[] = [];
      for (const pos of [new vscode.Position(risk, 3), new vscode.Position(mitigation, 6)]) {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
        assert.ok(hovers.length, `a hover at line ${pos.line}`);
        for (const h of hovers) for (const c of h.contents) contents.push(valueOf(c));
        // Render it in the workbench too.
        editor.selection = new vscode.Selection(pos, pos);
        await vscode.commands.executeCommand('editor.action.showHover');
      }
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(fresh, 4), undefined, 50);
      const evil = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label).includes('EVIL-1'));
      assert.ok(evil, 'the document measure is offered');
      for (const i of list.items) contents.push(valueOf(i.documentation as vscode.MarkdownString | string | undefined));
      assert.ok(contents.some((c) => c.includes('attacker')), 'the payload text is shown (as text)');
      for (const c of contents) assert.equal(markup(c), undefined, `markup from the document in:\n${c}`);
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      await new Promise((r) => setImmediate(r));
    } finally {
      net.restore();
      await vscode.commands.executeCommand('hideSuggestWidget');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    assert.deepEqual(net.attempts, [], 'no network request from the extension host');
  });
});
