// The DPIA language server: LSP over the one core service (createService), for every editor.
// A thin adapter: documents in, diagnostics and features out; no rule or feature lives here.
import { existsSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { complete, createService, declaresDpiaType, documentSymbols, foldingRanges, hover, riskLenses, typeFromName, type Analysis, type CheckOptions } from '../core/index';
import { fixesOf, toCodeAction, toCodeLens, toCompletion, toEdits, toFolding, toHover, toLspDiagnostic, toSymbol, type ActionData } from './convert';
import { coreSettings, filePath, resourceReader, ResourceFiles, type ClientSettings } from './settings';
import { blockSkeletons, outsideBlocks } from './skeletons';

/** Diagnostics wait this long after the last change of a document (VS Code's adapter waits as long). */
export const DEFAULT_DEBOUNCE_MS = 250;

export interface ServerOptions {
  /** Folder with README.md and snippets/ (the package root); default: the bundle's parent folder. */
  packageRoot?: string;
}

/** DPIA/DTIA documents: `*.dpia.md`, `*.dtia.md`, or Markdown whose front matter says `type: dpia|dtia`. */
export function isDpiaText(uri: string, text: string): boolean {
  if (typeFromName(uri)) return true;
  let end = 0;
  for (let i = 0; i < 200 && end !== -1; i++) end = text.indexOf('\n', end + (i ? 1 : 0));
  return declaresDpiaType(end === -1 ? text : text.slice(0, end));
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const root = options.packageRoot ?? resolve(__dirname, '..');
  const documents = new TextDocuments(TextDocument);
  const files = new ResourceFiles();
  let folders: string[] = [];
  let locale: string | undefined;
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let canPull = false;
  let canWatch = false;
  let canResolve = false;
  let canSnippet = true;
  /** Settings pushed by clients that do not answer workspace/configuration (didChangeConfiguration's `settings.dpia`). */
  let pushed: ClientSettings = {};
  /** Core settings per document, fetched before the document is analysed; cleared when settings or config files change. */
  const settings = new Map<string, { core: Omit<CheckOptions, 'uri' | 'readResource'>; client: ClientSettings }>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const readme = existsSync(join(root, 'README.md')) ? pathToFileURL(join(root, 'README.md')).href : undefined;
  const skeletons = blockSkeletons(join(root, 'snippets', 'blocks.code-snippets'));
  const service = createService({
    settingsFor: (uri) => settings.get(uri)?.core ?? {},
    readResource: resourceReader(() => folders, files),
    logger: { log: (m) => connection.console.log(m) },
  });

  async function ensureSettings(uri: string): Promise<ClientSettings> {
    const hit = settings.get(uri);
    if (hit) return hit.client;
    let client = pushed;
    if (canPull) {
      try {
        const got: unknown = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'dpia' });
        if (got && typeof got === 'object') client = got as ClientSettings;
      } catch {
        // a client that fails the request: its pushed settings
      }
    }
    settings.set(uri, { client, core: coreSettings(uri, client, folders, files, locale) });
    return client;
  }

  const isDpia = (doc: TextDocument) => isDpiaText(doc.uri, doc.getText());

  /** Analyses the document's current version and publishes its diagnostics, unless a newer version came meanwhile. */
  async function validate(uri: string): Promise<Analysis | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const version = doc.version;
    if (!isDpia(doc)) {
      if (service.analysis(uri)) {
        service.close(uri);
        void connection.sendDiagnostics({ uri, diagnostics: [] });
      }
      return undefined;
    }
    await ensureSettings(uri);
    const now = documents.get(uri);
    if (!now || now.version !== version) return undefined; // stale: a newer version is scheduled
    const analysis = service.update(uri, now.getText(), version);
    if (!analysis) return undefined;
    void connection.sendDiagnostics({ uri, version, diagnostics: analysis.diagnostics.map((d) => toLspDiagnostic(d, readme)) });
    return analysis;
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void validate(uri);
      }, delay),
    );
  }

  /** The analysis of the document's current text (analysed now when the last one is older). */
  async function analysisOf(uri: string): Promise<Analysis | undefined> {
    const doc = documents.get(uri);
    if (!doc || !isDpia(doc)) return undefined;
    const a = service.analysis(uri);
    if (a && a.version === doc.version) return a;
    await ensureSettings(uri);
    const now = documents.get(uri);
    return now ? (service.update(uri, now.getText(), now.version) ?? service.analysis(uri)) : undefined;
  }

  /** Settings or resources changed: every open document is analysed again. */
  function refresh(): void {
    settings.clear();
    service.invalidate();
    for (const d of documents.all()) schedule(d.uri, 0);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    canPull = !!caps.workspace?.configuration;
    canWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canResolve = !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    canSnippet = caps.textDocument?.completion?.completionItem?.snippetSupport !== false;
    locale = params.locale;
    const init = params.initializationOptions as { debounceMs?: unknown } | undefined;
    if (typeof init?.debounceMs === 'number' && init.debounceMs >= 0 && init.debounceMs <= 10_000) debounceMs = init.debounceMs;
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = uris.map(filePath).filter((p): p is string => !!p);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [':', ' ', '-', '`'] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'dpia-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (canPull) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'dpia' }).catch(() => undefined);
    // Matrix and catalogue files (any YAML a document or setting may name) and the project configuration.
    if (canWatch) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }, { globPattern: '**/.dpia.json' }, { globPattern: '**/*.md' }] }).catch(() => undefined);
    if (canPull)
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const gone = new Set(e.removed.map((f) => filePath(f.uri)));
        folders = [...folders.filter((f) => !gone.has(f)), ...e.added.map((f) => filePath(f.uri)).filter((p): p is string => !!p)];
        files.clear();
        refresh();
      });
  });

  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { dpia?: unknown } | undefined)?.dpia;
    if (s && typeof s === 'object') pushed = s as ClientSettings;
    refresh();
  });

  connection.onDidChangeWatchedFiles((change) => {
    let changed = false;
    for (const c of change.changes) {
      const path = filePath(c.uri);
      if (!path) continue;
      if (files.forget(path) || /^\.dpia\.(ya?ml|json)$/.test(basename(path))) changed = true;
    }
    if (changed) refresh();
  });

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  // Every change is scheduled: a Markdown file becomes a DPIA when `type: dpia` is typed (validate decides).
  documents.onDidChangeContent((e) => schedule(e.document.uri, debounceMs));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    settings.delete(e.document.uri);
    service.close(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCompletion(async ({ textDocument, position }) => {
    const a = await analysisOf(textDocument.uri);
    if (!a) return null;
    const line = a.document.lines[position.line]?.text.slice(0, position.character) ?? '';
    const items = complete(a, position).map((c) => toCompletion(c, position));
    const extra = canSnippet && outsideBlocks(a.document, position.line) && /^\s*\w*$/.test(line) ? skeletons(position, line) : [];
    return [...extra, ...items];
  });

  connection.onHover(async ({ textDocument, position }) => {
    const a = await analysisOf(textDocument.uri);
    const h = a && hover(a, position);
    return h ? toHover(h) : null;
  });

  connection.onDocumentSymbol(async ({ textDocument }) => {
    const a = await analysisOf(textDocument.uri);
    return a ? documentSymbols(a).map(toSymbol) : null;
  });

  connection.onFoldingRanges(async ({ textDocument }) => {
    const a = await analysisOf(textDocument.uri);
    return a ? foldingRanges(a.document).map(toFolding) : null;
  });

  connection.onCodeLens(async ({ textDocument }) => {
    const a = await analysisOf(textDocument.uri);
    if (!a) return null;
    const client = await ensureSettings(textDocument.uri);
    return client.codeLens?.enabled === false ? [] : riskLenses(a).map(toCodeLens);
  });

  connection.onCodeAction(async ({ textDocument, context }) => {
    const uri = textDocument.uri;
    if (!(await analysisOf(uri))) return null;
    return context.diagnostics.flatMap((d) => (d.source === 'dpia' ? fixesOf(d).map((fix) => toCodeAction(uri, d, fix, canResolve, (f) => service.resolveFix(uri, f))) : []));
  });

  connection.onCodeActionResolve(async (action) => {
    const data = action.data as Partial<ActionData> | undefined;
    if (!data || typeof data.uri !== 'string' || typeof data.fix !== 'object' || data.fix === null) return action;
    await analysisOf(data.uri);
    action.edit = { changes: { [data.uri]: toEdits(service.resolveFix(data.uri, data.fix).edits) } };
    return action;
  });

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}
