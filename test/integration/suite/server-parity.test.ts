// Issue 18: "a test proves the server and the extension give identical diagnostics, completions and
// hovers on the fixtures". In the real VS Code: the extension's results (through VS Code's own
// commands) against dist/server.js --stdio answering the same documents, with VS Code's `dpia.*`
// settings handed to the server through workspace/configuration and VS Code's language.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import vscode = require('vscode');
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CompletionItem as LspCompletionItem,
  type Diagnostic as LspDiagnostic,
  type Hover as LspHover,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver-protocol/node';
import type { DpiaExtensionApi } from '../../../src/extension/extension';
import { activate, workspaceFile } from './helpers';

const FIXTURES = ['high.dpia.md', 'features.dpia.md', 'dutch.dpia.md', 'mixed.dpia.md', 'parts.dpia.md', 'transfer.dtia.md', 'table.dpia.md', 'closed.dpia.md', 'catalogue-user.dpia.md', 'carry.dpia.md', 'carry.prescan.md', 'nested/top.dpia.md', 'nested/team/team.dpia.md'];
/** Documents whose every word gets a hover request and every line end a completion request. */
const FEATURE_FIXTURES = ['features.dpia.md', 'dutch.dpia.md', 'parts.dpia.md', 'transfer.dtia.md'];

const ext = () => vscode.extensions.all.find((e) => e.packageJSON?.name === 'dpia-assistant')!;

interface Server {
  connection: ProtocolConnection;
  child: ChildProcess;
  published: Map<string, LspDiagnostic[]>;
  diagnostics(uri: string): Promise<LspDiagnostic[]>;
}

async function startServer(folder: vscode.Uri): Promise<Server> {
  // The extension host's own runtime (Node in code-server, Electron as Node under @vscode/test-electron).
  const child = spawn(process.execPath, [join(ext().extensionPath, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published = new Map<string, LspDiagnostic[]>();
  const waiting = new Map<string, (d: LspDiagnostic[]) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.set(p.uri, p.diagnostics);
    waiting.get(p.uri)?.(p.diagnostics);
    waiting.delete(p.uri);
  });
  // VS Code's settings for the document, as the server's client settings.
  connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
    p.items.map((i) => {
      const c = vscode.workspace.getConfiguration('dpia', i.scopeUri ? vscode.Uri.parse(i.scopeUri) : undefined);
      return { matrix: c.get('matrix'), catalogues: c.get('catalogues'), rules: c.get('rules'), dateRules: c.get('dateRules'), codeLens: { enabled: c.get('codeLens.enabled') } };
    }),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder.toString(),
    workspaceFolders: [{ uri: folder.toString(), name: 'workspace' }],
    locale: vscode.env.language,
    capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: {} } },
    initializationOptions: { debounceMs: 0 },
  });
  void connection.sendNotification('initialized', {});
  return {
    connection,
    child,
    published,
    diagnostics: (uri) => new Promise((resolve) => (published.has(uri) ? resolve(published.get(uri)!) : waiting.set(uri, resolve))),
  };
}

const SEVERITY: Record<number, string> = { [vscode.DiagnosticSeverity.Error]: 'error', [vscode.DiagnosticSeverity.Warning]: 'warning', [vscode.DiagnosticSeverity.Information]: 'info', [vscode.DiagnosticSeverity.Hint]: 'hint' };
const LSP_SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const at = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const sorted = (xs: string[]) => [...xs].sort();

describe('the language server and the extension give the same results (issue 18)', function () {
  this.timeout(180_000);
  let server: Server;
  const texts = new Map<string, vscode.TextDocument>();

  before(async () => {
    await activate();
    server = await startServer(vscode.workspace.workspaceFolders![0].uri);
    for (const name of FIXTURES) {
      const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
      texts.set(name, doc);
      void server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: doc.uri.toString(), languageId: 'markdown', version: doc.version, text: doc.getText() } });
    }
  });
  after(async () => {
    await server.connection.sendRequest('shutdown');
    void server.connection.sendNotification('exit');
    await new Promise((r) => (server.child.exitCode !== null ? r(undefined) : server.child.once('exit', r)));
    server.connection.dispose();
  });

  it('diagnostics: code, severity, message and range of every diagnostic of every fixture', async () => {
    const api = ext().exports as DpiaExtensionApi;
    let compared = 0;
    for (const [name, doc] of texts) {
      api.controller.analysis(doc); // brought up to date with the text now
      const mine = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'dpia');
      const theirs = await server.diagnostics(doc.uri.toString());
      const want = sorted(mine.map((d) => `${at(d.range)} ${SEVERITY[d.severity]} ${typeof d.code === 'object' ? d.code.value : d.code} ${d.message}`));
      const got = sorted(theirs.map((d) => `${at(d.range)} ${LSP_SEVERITY[d.severity ?? 1]} ${d.code} ${d.message}`));
      assert.deepEqual(got, want, name);
      compared += want.length;
    }
    assert.ok(compared >= 20, `diagnostics compared: ${compared}`);
  });

  it('hovers: the same Markdown and range at every word of the feature fixtures', async () => {
    let compared = 0;
    for (const name of FEATURE_FIXTURES) {
      const doc = texts.get(name)!;
      for (let line = 0; line < doc.lineCount; line++) {
        const text = doc.lineAt(line).text;
        for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}_.-]*/gu)) {
          const position = new vscode.Position(line, m.index!);
          const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
          const mine = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
          const theirs = await server.connection.sendRequest<LspHover | null>('textDocument/hover', { textDocument: { uri: doc.uri.toString() }, position });
          const value = theirs ? (theirs.contents as { value: string }).value : '';
          assert.equal(value, mine, `${name}:${line + 1}:${m.index! + 1} (${m[0]})`);
          if (value) compared++;
        }
      }
    }
    assert.ok(compared >= 30, `hovers compared: ${compared}`);
  });

  it('completions: the same items (label, text, detail) at the end of every line of the feature fixtures', async () => {
    let compared = 0;
    for (const name of FEATURE_FIXTURES) {
      const doc = texts.get(name)!;
      for (let line = 0; line < doc.lineCount; line++) {
        const position = new vscode.Position(line, doc.lineAt(line).text.length);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position);
        const insert = (i: vscode.CompletionItem) => (typeof i.insertText === 'string' ? i.insertText : (i.insertText?.value ?? (typeof i.label === 'string' ? i.label : i.label.label)));
        const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
        // VS Code's own Markdown snippets are snippets too, and its word suggestions are text: compare the
        // DPIA items (properties, values, references) and leave the block skeletons out.
        const mine = list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Snippet && i.kind !== vscode.CompletionItemKind.Text).map((i) => `${label(i)} | ${insert(i)} | ${i.detail ?? ''}`);
        const theirs = ((await server.connection.sendRequest<LspCompletionItem[] | null>('textDocument/completion', { textDocument: { uri: doc.uri.toString() }, position })) ?? [])
          .filter((i) => i.kind !== 15 /* Snippet */)
          .map((i) => `${i.label} | ${(i.textEdit as LspTextEdit | undefined)?.newText ?? i.insertText ?? i.label} | ${i.detail ?? ''}`);
        assert.deepEqual(sorted(theirs), sorted(mine), `${name}:${line + 1}`);
        compared += theirs.length;
      }
    }
    assert.ok(compared >= 50, `completion items compared: ${compared}`);
  });
});
