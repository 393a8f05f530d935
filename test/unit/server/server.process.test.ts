// The language server (dist/server.js --stdio) driven by a protocol client in Node: its diagnostics,
// fixes, hovers, completions, symbols, folding ranges and CodeLenses equal what the core service gives
// for the same text (the VS Code extension shows the core's results, so the two editors agree).
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic as LspDiagnostic, DocumentSymbol, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, check, complete, createService, documentSymbols, foldingRanges, hover, riskLenses, type Diagnostic, type DpiaService } from '../../../src/core/index';
import { readResourceText } from '../../../src/node/safe-read';
import { ROOT } from '../helpers';
import { startClient, uriOf, type Client } from './lsp-client';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
const FILES = [
  ...readdirSync(join(ROOT, 'test', 'fixtures', 'rules')).map((f) => join(ROOT, 'test', 'fixtures', 'rules', f)),
  ...readdirSync(join(ROOT, 'templates', 'examples')).map((f) => join(ROOT, 'templates', 'examples', f)),
].filter((f) => /\.(dpia|dtia)\.md$/.test(f));

/** The core service as the extension makes it: English, no settings, resources inside the repository. */
function coreService(): DpiaService {
  return createService({ settingsFor: () => ({ locale: 'en' }), readResource: (doc, rel) => {
    const r = readResourceText(ROOT, dirname(fileURLToPath(doc)), rel);
    return r.ok ? r.text : { error: r.error };
  } });
}

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const fromServer = (d: LspDiagnostic) => ({ code: d.code, severity: SEVERITY[d.severity!], message: d.message, range: d.range, fixes: (d.data as { fixes?: unknown } | undefined)?.fixes ?? [] });
const fromCore = (d: Diagnostic) => plain({ code: d.code, severity: d.severity, message: d.message, range: d.range, fixes: d.fixes ?? [] });

describe('language server: the same results as the core service', function () {
  this.timeout(60_000);
  let client: Client;
  const core = coreService();
  const texts = new Map<string, string>();
  const server = new Map<string, LspDiagnostic[]>();

  before(async () => {
    client = await startClient({ debounceMs: 20 });
    await Promise.all(FILES.map(async (f) => {
      const uri = uriOf(f);
      const text = readFileSync(f, 'utf8');
      texts.set(uri, text);
      const got = client.diagnostics(uri);
      client.open(uri, text);
      server.set(uri, await got);
      core.update(uri, text, 1);
    }));
  });
  after(() => client.stop());

  it('publishes the core diagnostics (code, severity, message, range, fixes) for every fixture and example', () => {
    assert.ok(FILES.length > 30);
    let total = 0;
    for (const [uri, got] of server) {
      const want = core.analysis(uri)!.diagnostics.map(fromCore);
      assert.deepEqual(got.map(fromServer), want, uri);
      total += want.length;
    }
    assert.ok(total > 40, 'the fixtures have diagnostics to compare');
  });

  it('links each diagnostic to its rule in README and says it comes from dpia', () => {
    const d = server.get(uriOf(join(ROOT, 'test', 'fixtures', 'rules', 'measure.unknown.dpia.md')))![0];
    assert.equal(d.source, 'dpia');
    assert.match(d.codeDescription!.href, /README\.md#measureunknown|README\.md#.*measure/);
  });

  it('hovers: the same Markdown and range as the core at every word of three documents', async () => {
    let compared = 0;
    for (const f of ['risk.level-mismatch.dpia.md', 'transfer.probability-mismatch.dtia.md', 'measure.unknown.dpia.md']) {
      const uri = uriOf(join(ROOT, 'test', 'fixtures', 'rules', f));
      const a = core.analysis(uri)!;
      const lines = texts.get(uri)!.split('\n');
      for (let line = 0; line < lines.length; line++) {
        for (const m of lines[line].matchAll(/[\w-]+/g)) {
          const position = { line, character: m.index! + 1 };
          const got = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
          const want = hover(a, position);
          assert.deepEqual(got && { value: (got.contents as { value: string }).value, range: got.range }, want ? plain({ value: want.contents, range: want.range }) : null, `${f}:${line}:${position.character}`);
          if (want) compared++;
        }
      }
    }
    assert.ok(compared > 20, `hovers compared: ${compared}`);
  });

  it('completions: the core items at the end of every line (plus block skeletons on an empty line outside blocks)', async () => {
    let compared = 0;
    for (const f of ['risk.level-mismatch.dpia.md', 'measure.unknown.dpia.md', 'transfer.no-tool.dtia.md']) {
      const uri = uriOf(join(ROOT, 'test', 'fixtures', 'rules', f));
      const a = core.analysis(uri)!;
      const lines = texts.get(uri)!.split('\n');
      for (let line = 0; line < lines.length; line++) {
        const position = { line, character: lines[line].length };
        const got = (await client.connection.sendRequest<CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position })) ?? [];
        const want = complete(a, position).map((c) => plain({ label: c.label, newText: c.insertText, detail: c.detail, documentation: c.documentation, snippet: !!c.snippet }));
        const items = got.filter((i) => !i.labelDetails).map((i) => plain({ label: i.label, newText: (i.textEdit as TextEdit).newText, detail: i.detail, documentation: (i.documentation as { value?: string } | undefined)?.value, snippet: i.insertTextFormat === 2 }));
        assert.deepEqual(items, want, `${f}:${line}`);
        compared += want.length;
      }
    }
    assert.ok(compared > 50, `completions compared: ${compared}`);
    const uri = uriOf(join(ROOT, 'test', 'fixtures', 'rules', 'measure.unknown.dpia.md'));
    const atEmpty = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 0 } });
    assert.ok(atEmpty.some((i) => i.label === 'risk' || String(i.label).includes('risk')), 'a risk block skeleton outside blocks');
  });

  it('document symbols, folding ranges and CodeLenses equal the core features', async () => {
    for (const [uri] of server) {
      const a = core.analysis(uri)!;
      const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols.map((s) => ({ name: s.name, detail: s.detail, range: s.range, selectionRange: s.selectionRange })), plain(documentSymbols(a).map((s) => ({ name: s.name, detail: s.detail, range: s.range, selectionRange: s.selectionRange }))), uri);
      const folds = await client.connection.sendRequest<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
      assert.deepEqual(folds.map((f) => ({ start: f.startLine, end: f.endLine })), foldingRanges(a.document), uri);
      const lenses = await client.connection.sendRequest<{ range: unknown; command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.deepEqual(lenses.map((l) => ({ range: l.range, title: l.command.title })), plain(riskLenses(a).map((l) => ({ range: l.range, title: l.title }))), uri);
    }
  });

  it('quick fixes: the fixes of the diagnostics, the risk table resolved on codeAction/resolve, equal to check()', async () => {
    const uri = uriOf(join(ROOT, 'test', 'fixtures', 'rules', 'table.stale.dpia.md'));
    const text = texts.get(uri)!;
    const stale = server.get(uri)!.find((d) => d.code === 'table.stale')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: stale.range, context: { diagnostics: [stale] } });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].edit, undefined, 'the table is made only when the action is resolved');
    const resolved = await client.connection.sendRequest<CodeAction>('codeAction/resolve', actions[0]);
    const edits = resolved.edit!.changes![uri];
    const want = check(text, { uri, locale: 'en', readResource: () => undefined }).find((d) => d.code === 'table.stale')!.fixes![0];
    assert.equal(applyEdits(text, edits), applyEdits(text, want.edits));
    assert.notEqual(applyEdits(text, edits), text);

    const unknownUri = uriOf(join(ROOT, 'test', 'fixtures', 'rules', 'measure.unknown.dpia.md'));
    const diags = server.get(unknownUri)!;
    const all = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: unknownUri }, range: diags[0].range, context: { diagnostics: diags } });
    const wantFixes = core.analysis(unknownUri)!.diagnostics.flatMap((d) => d.fixes ?? []);
    assert.ok(wantFixes.length > 0);
    assert.deepEqual(all.map((a) => ({ title: a.title, edits: a.edit!.changes![unknownUri] })), plain(wantFixes.map((f) => ({ title: f.title, edits: f.edits }))));
  });
});

describe('language server: keystrokes, settings and watched files', function () {
  this.timeout(60_000);
  let dir: string;
  let client: Client | undefined;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dpia-ls-'))));
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('debounces changes per document and publishes only the last version', async () => {
    client = await startClient({ folder: dir, debounceMs: 300 });
    const uri = uriOf(join(dir, 'a.dpia.md'));
    const base = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'measure.unknown.dpia.md'), 'utf8');
    const first = client.diagnostics(uri);
    client.open(uri, base);
    assert.equal((await first).filter((d) => d.code === 'measure.unknown').length, 3);
    const last = client.diagnostics(uri);
    const before = client.published.length;
    for (let v = 2; v <= 6; v++) {
      const text = base.replace('NOPE-NOTHING-LIKE-IT', 'M-LOCAL'.repeat(v === 6 ? 1 : 0) || `NOPE-${v}`);
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    }
    const got = await last;
    const after = client.published.slice(before);
    assert.deepEqual(after.map((p) => p.version), [6], 'one publication, for the last version');
    assert.equal(got.filter((d) => d.code === 'measure.unknown').length, 2);
  });

  it('client settings (workspace/configuration) and .dpia.yaml set severities; a changed catalogue is read again when the client says it changed', async () => {
    writeFileSync(join(dir, 'cat.yaml'), 'name: local\nmeasures:\n  - id: LOCAL-ONE\n    party: organisation\n    title: {en: One, nl: Een}\n    source: {report: r, date: 2026-01-01, section: s}\n');
    const doc = '---\ntype: dpia\ntitle: T\ncatalogues: [cat.yaml]\n---\n\n```risk\nid: R1\ntitle: Risk\nlikelihood: low\nimpact: low\nmitigations:\n  - LOCAL-ONE\n  - LOCAL-TWO\n```\n';
    client = await startClient({ folder: dir, debounceMs: 10 });
    const uri = uriOf(join(dir, 'a.dpia.md'));
    const codes = (ds: LspDiagnostic[]) => ds.map((d) => `${d.code}@${d.range.start.line}`).filter((c) => c.startsWith('measure.unknown'));
    const first = client.diagnostics(uri);
    client.open(uri, doc);
    assert.deepEqual(codes(await first), ['measure.unknown@13']);

    writeFileSync(join(dir, 'cat.yaml'), 'name: local\nmeasures:\n  - id: LOCAL-ONE\n    party: organisation\n    title: {en: One, nl: Een}\n    source: {report: r, date: 2026-01-01, section: s}\n  - id: LOCAL-TWO\n    party: organisation\n    title: {en: Two, nl: Twee}\n    source: {report: r, date: 2026-01-01, section: s}\n');
    const second = client.diagnostics(uri);
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'cat.yaml')), type: 2 }] });
    assert.deepEqual(codes(await second), []);

    writeFileSync(join(dir, '.dpia.yaml'), 'rules:\n  measure.unknown: hint\n');
    writeFileSync(join(dir, 'cat.yaml'), 'name: local\nmeasures: []\n');
    const third = client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'measure.unknown'));
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'cat.yaml')), type: 2 }, { uri: uriOf(join(dir, '.dpia.yaml')), type: 1 }] });
    assert.deepEqual((await third).filter((d) => d.code === 'measure.unknown').map((d) => d.severity), [4, 4], '.dpia.yaml: hint');

    client.settings = { rules: { 'measure.unknown': 'off' } };
    const fourth = client.diagnostics(uri);
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(codes(await fourth), [], 'client settings win over .dpia.yaml');
  });

  it('speaks Dutch when the client does, and leaves other Markdown alone', async () => {
    client = await startClient({ folder: dir, locale: 'nl', debounceMs: 10 });
    const uri = uriOf(join(dir, 'a.dpia.md'));
    const got = client.diagnostics(uri);
    client.open(uri, readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'measure.unknown.dpia.md'), 'utf8'));
    const core = createService({ settingsFor: () => ({ locale: 'nl' }) });
    const want = core.update(uri, readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'measure.unknown.dpia.md'), 'utf8'), 1)!.diagnostics.map((d) => d.message);
    assert.deepEqual((await got).map((d) => d.message), want);
    assert.notDeepEqual(want, coreService().update(uri, readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'measure.unknown.dpia.md'), 'utf8'), 1)!.diagnostics.map((d) => d.message));

    const other = uriOf(join(dir, 'notes.md'));
    client.open(other, '# Notes\n\n```risk\nid: R1\n```\n');
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: other }, position: { line: 3, character: 1 } });
    assert.equal(hover, null);
    assert.equal(client.published.filter((p) => p.uri === other).length, 0);

    // Typing `type: dpia` into its front matter makes it a DPIA document: now it is checked.
    const checked = client.diagnostics(other);
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: other, version: 2 }, contentChanges: [{ text: '---\ntype: dpia\ntitle: Notes\n---\n\n```risk\nid: R1\n```\n' }] });
    assert.ok((await checked).some((d) => String(d.code).startsWith('schema')), 'the risk block without title and levels is reported');
  });
});
