// Issue 18: the language server "tested with real clients that no one here wrote: ... and
// `vscode-languageclient` in Node". vscode-languageclient is the client VS Code extensions use (it needs
// the `vscode` API, so it runs where it was made to run: in the extension host of the real VS Code).
// It starts dist/server.js over stdio as an extension would, with its own diagnostic collection,
// hover and completion providers next to the extension's. Every diagnostic, hover and completion item
// then comes twice, once from each, and this suite checks that the two are equal: the client's
// results (captured by its middleware) are exactly half of what VS Code collects.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import vscode = require('vscode');
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { activate, workspaceFile } from './helpers';

const FIXTURES = ['high.dpia.md', 'features.dpia.md', 'dutch.dpia.md', 'mixed.dpia.md', 'parts.dpia.md', 'transfer.dtia.md', 'carry.prescan.md', 'nested/team/team.dpia.md'];
/** Documents whose every word gets a hover and every line end a completion. */
const FEATURE_FIXTURES = ['features.dpia.md', 'dutch.dpia.md', 'transfer.dtia.md'];

const ext = () => vscode.extensions.all.find((e) => e.packageJSON?.name === 'dpia-assistant')!;
const at = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
const diagnosticKey = (d: vscode.Diagnostic) => `${at(d.range)} ${d.severity} ${code(d)} ${d.message}`;
const hoverText = (h: vscode.Hover) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)).join('\n');
const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
const insert = (i: vscode.CompletionItem) => (typeof i.insertText === 'string' ? i.insertText : (i.insertText?.value ?? label(i)));
const itemKey = (i: vscode.CompletionItem) => `${label(i)} | ${insert(i)} | ${i.detail ?? ''}`;
/** The DPIA items: VS Code's own Markdown snippets and word suggestions are neither side's. */
const dpiaItems = (items: vscode.CompletionItem[]) => items.filter((i) => i.kind !== vscode.CompletionItemKind.Snippet && i.kind !== vscode.CompletionItemKind.Text);
const twice = (xs: string[]) => [...xs, ...xs].sort();

describe('vscode-languageclient with dpia-language-server (issue 18)', function () {
  this.timeout(180_000);
  let client: LanguageClient;
  const published = new Map<string, () => void>();
  const seen = new Set<string>();
  let lastHover: vscode.Hover | null | undefined;
  let hoverAsked = false;
  let lastCompletion: vscode.CompletionItem[] = [];

  before(async () => {
    await activate();
    // As an extension would start it: the server module over stdio (the client adds --stdio).
    const module = join(ext().extensionPath, 'dist', 'server.js');
    const serverOptions: ServerOptions = { run: { module, transport: TransportKind.stdio }, debug: { module, transport: TransportKind.stdio } };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: 'file', language: 'markdown', pattern: '**/*.{dpia,dtia,prescan}.md' }],
      diagnosticCollectionName: 'dpia-language-client',
      initializationOptions: { debounceMs: 0 },
      outputChannel: vscode.window.createOutputChannel('DPIA language client (test)'),
      middleware: {
        handleDiagnostics: (uri, diagnostics, next) => {
          next(uri, diagnostics);
          seen.add(uri.toString());
          published.get(uri.toString())?.();
        },
        provideHover: async (doc, position, token, next) => {
          hoverAsked = true;
          return (lastHover = await next(doc, position, token));
        },
        provideCompletionItem: async (doc, position, context, token, next) => {
          const r = await next(doc, position, context, token);
          lastCompletion = !r ? [] : Array.isArray(r) ? r : r.items;
          return r;
        },
      },
    };
    client = new LanguageClient('dpia-test-client', 'DPIA language client (test)', serverOptions, clientOptions);
    await client.start();
    assert.equal(client.state, State.Running);
  });
  after(async () => {
    if (client?.state === State.Running) await client.stop();
  });

  it('starts the server, which tells the client what it can do', () => {
    const caps = client.initializeResult!.capabilities;
    assert.ok(caps.hoverProvider && caps.completionProvider && caps.codeActionProvider && caps.documentSymbolProvider && caps.foldingRangeProvider && caps.codeLensProvider, JSON.stringify(caps));
    assert.equal(client.initializeResult!.serverInfo?.name, 'dpia-language-server');
  });

  it("diagnostics: the client's collection equals the extension's for every fixture (code, severity, message, range)", async () => {
    let compared = 0;
    for (const name of FIXTURES) {
      const uri = workspaceFile(name);
      const wait = seen.has(uri.toString()) ? Promise.resolve() : new Promise<void>((resolve) => published.set(uri.toString(), resolve));
      const doc = await vscode.workspace.openTextDocument(uri);
      await wait;
      (ext().exports as { controller: { analysis(d: vscode.TextDocument): unknown } }).controller.analysis(doc);
      const theirs = (client.diagnostics!.get(uri) ?? []).map(diagnosticKey);
      const all = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'dpia').map(diagnosticKey);
      assert.deepEqual(all.sort(), twice(theirs), name);
      // The client turned the server's code description into VS Code's link to the rule's README section.
      for (const d of client.diagnostics!.get(uri) ?? []) assert.ok(typeof d.code === 'object' && /README\.md/i.test(String(d.code.target)), `${name}: ${String(code(d))}`);
      compared += theirs.length;
    }
    assert.ok(compared >= 15, `diagnostics compared: ${compared}`);
  });

  it("hovers: at every word of the feature fixtures, the client's hover and the extension's are the same Markdown", async () => {
    let compared = 0;
    for (const name of FEATURE_FIXTURES) {
      const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
      for (let line = 0; line < doc.lineCount; line++) {
        for (const m of doc.lineAt(line).text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}_.-]*/gu)) {
          lastHover = undefined;
          hoverAsked = false;
          const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, m.index!));
          const where = `${name}:${line + 1}:${m.index! + 1} (${m[0]})`;
          assert.ok(hoverAsked, `${where}: the client was asked`);
          const all = hovers.map(hoverText);
          if (!lastHover) assert.deepEqual(all, [], `${where}: neither has a hover`);
          else {
            assert.deepEqual(all.sort(), twice([hoverText(lastHover)]), where);
            compared++;
          }
        }
      }
    }
    assert.ok(compared >= 20, `hovers compared: ${compared}`);
  });

  it("completions: at every line end of the feature fixtures, the client's items equal the extension's", async () => {
    let compared = 0;
    for (const name of FEATURE_FIXTURES) {
      const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
      for (let line = 0; line < doc.lineCount; line++) {
        lastCompletion = [];
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, doc.lineAt(line).text.length));
        const theirs = dpiaItems(lastCompletion).map(itemKey);
        assert.deepEqual(dpiaItems(list.items).map(itemKey).sort(), twice(theirs), `${name}:${line + 1}`);
        compared += theirs.length;
      }
    }
    assert.ok(compared >= 40, `completion items compared: ${compared}`);
  });
});
