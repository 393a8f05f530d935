// The language server measured as an editor uses it: keystroke-to-diagnostics latency over stdio
// (an incremental one-character change, debounce 0, until publishDiagnostics for that version) and
// activation (process start to the first diagnostics). Compared in bench.ts with the in-process
// service (incremental-block-*) and the extension bundle's require time (bundle-require).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { measureAsync, type Budget, type Result } from './measure';

const SERVER = resolve(process.cwd(), 'dist', 'server.js');

interface Session {
  connection: ProtocolConnection;
  next(version: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

async function session(uri: string, text: string): Promise<Session> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<number, (p: PublishDiagnosticsParams) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    if (p.uri === uri && p.version !== undefined) waiting.get(p.version)?.(p);
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.listen();
  const folder = pathToFileURL(resolve(process.cwd())).href;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'bench' }], capabilities: { workspace: { configuration: true } }, initializationOptions: { debounceMs: 0 } });
  void connection.sendNotification('initialized', {});
  const s: Session = {
    connection,
    next: (version) => new Promise((r) => waiting.set(version, r)),
    async stop() {
      await connection.sendRequest('shutdown');
      void connection.sendNotification('exit');
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
      connection.dispose();
    },
  };
  const first = s.next(1);
  void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await first;
  return s;
}

/** Line and character just after the `title: ` of the middle risk (where the in-process scenario edits too). */
function editPoint(doc: string): { line: number; character: number } {
  const risks = (doc.match(/\nid: R\d+\ntitle: /g) ?? []).length;
  const m = new RegExp(`\\nid: R${Math.floor(risks / 2)}\\ntitle: `).exec(doc) ?? /\ntitle: /.exec(doc)!;
  const at = m.index + m[0].length;
  const before = doc.slice(0, at);
  return { line: before.split('\n').length - 1, character: at - before.lastIndexOf('\n') - 1 };
}

export async function serverKeystrokeScenario(size: string, file: string, doc: string, b: Budget): Promise<Result> {
  const uri = pathToFileURL(file).href;
  const s = await session(uri, doc);
  const p = editPoint(doc);
  let version = 1;
  try {
    return await measureAsync(`server-keystroke-${size}`, 'language server over stdio: one-character change to publishDiagnostics of that version (debounce 0)', async () => {
      version++;
      const insert = version % 2 === 0;
      const done = s.next(version);
      const range = insert ? { start: p, end: p } : { start: p, end: { line: p.line, character: p.character + 1 } };
      void s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'a' : '' }] });
      await done;
    }, b);
  } finally {
    await s.stop();
  }
}

export async function serverActivationScenario(file: string, doc: string, b: Budget): Promise<Result> {
  const uri = pathToFileURL(file).href;
  return measureAsync('server-activation', 'fresh dist/server.js: process start, initialize, open a 100 KB document, first diagnostics', async () => {
    const s = await session(uri, doc);
    await s.stop();
  }, b);
}
