import vscode = require('vscode');
import { analyze, createService, parseDocument, ParseCache, resolveFixes, type Analysis, type Diagnostic, type DpiaService } from '../core/index';
import { isDpiaDocument } from './documents';
import { optionsFor, readResource, settingsFor, watchResources } from './settings';
import { toDiagnostic } from './convert';
import { dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import { ruleFragment, ruleSectionLines } from './rule-links';
import { MAX_DOCUMENT_BYTES, readTextFile, resolveInside } from '../node/safe-read';
import { resourceProblemLogger, type Logger } from './output-channel';

const DEBOUNCE_MS = 250;

/** A file's newest analysis; none when the file was deleted or closed without a check from disk. */
export interface Analysed {
  uri: vscode.Uri;
  analysis?: Analysis;
}

/**
 * Diagnostics as you type: debounced per document, stale versions dropped, cleared on close. One
 * core service serves every document of every folder; each VS Code diagnostic is linked to its core
 * diagnostic (with its fixes) for the code-action provider.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('dpia');
  /** The one language service: settings and resources come from VS Code per document. */
  readonly service: DpiaService;
  private readonly problems: ReturnType<typeof resourceProblemLogger> | undefined;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The core diagnostic each VS Code diagnostic was made from (no matching by range). */
  private readonly origin = new WeakMap<vscode.Diagnostic, Diagnostic>();
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's diagnostics were updated (CodeLens refresh, tests). */
  readonly onDidUpdate = this.changed.event;
  private readonly analysed = new vscode.EventEmitter<Analysed>();
  /** Fires with each new analysis of a DPIA file, open or not, and with none when it is gone (the register view). */
  readonly onDidAnalyse = this.analysed.event;

  private ruleLines?: Map<string, number>;
  /** The README's rule sections by line, read once (an unreadable README links to the anchors). */
  private sections(): Map<string, number> {
    if (!this.ruleLines) {
      try {
        this.ruleLines = ruleSectionLines(readFileSync(this.readme.fsPath, 'utf8'));
      } catch {
        this.ruleLines = new Map();
      }
    }
    return this.ruleLines;
  }

  constructor(
    private readonly readme: vscode.Uri,
    private readonly logger?: Logger,
  ) {
    this.service = createService({ settingsFor: (uri) => settingsFor(vscode.Uri.parse(uri)), readResource, logger });
    this.problems = logger && resourceProblemLogger(logger);
    this.disposables.push(
      this.changed,
      this.analysed,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dpia')) this.refresh();
      }),
      watchResources(() => this.refresh()),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** Settings or resource files changed: new options for every document, then check again. */
  refresh(): void {
    this.service.invalidate();
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** The core diagnostic a VS Code diagnostic of this controller was made from. */
  coreDiagnostic(d: vscode.Diagnostic): Diagnostic | undefined {
    return this.origin.get(d);
  }

  /** The analysis of an open DPIA document, brought up to date with its text first. */
  analysis(doc: vscode.TextDocument): Analysis | undefined {
    const a = this.service.analysis(doc.uri.toString());
    return a && a.version === doc.version ? a : (this.run(doc) ?? this.service.analysis(doc.uri.toString()));
  }

  private publish(uri: vscode.Uri, diagnostics: readonly Diagnostic[]): void {
    this.collection.set(uri, diagnostics.map((d) => {
      const v = toDiagnostic(d, this.readme);
      v.code = { value: d.code, target: this.readme.with({ fragment: ruleFragment(d.code, this.sections()) }) };
      this.origin.set(v, d);
      return v;
    }));
    this.changed.fire(uri);
  }

  schedule(doc: vscode.TextDocument, delay: number): void {
    if (!isDpiaDocument(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.run(doc);
      }, delay),
    );
  }

  /** Checks a document now (also used by commands that need fresh results). */
  run(doc: vscode.TextDocument): Analysis | undefined {
    if (doc.isClosed) return undefined;
    const version = doc.version;
    const started = performance.now();
    const result = this.service.update(doc.uri.toString(), doc.getText(), version);
    this.logger?.debug(`analysed ${doc.uri.toString()} v${version} in ${(performance.now() - started).toFixed(1)} ms`);
    if (result) this.problems?.(doc.uri.toString(), result.environment.problems);
    if (!result || doc.version !== version) return undefined; // stale: a newer run is scheduled
    this.publish(doc.uri, result.diagnostics);
    this.analysed.fire({ uri: doc.uri, analysis: result });
    return result;
  }

  private closed(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.service.close(key);
    this.collection.delete(doc.uri);
    this.changed.fire(doc.uri);
    if (doc.uri.scheme === 'file' && vscode.workspace.getConfiguration('dpia', doc.uri).get<boolean>('workspaceDiagnostics', true)) {
      void this.checkFile(doc.uri);
    } else this.analysed.fire({ uri: doc.uri });
  }

  /** Checks a file that is not open, from disk. */
  async checkFile(uri: vscode.Uri): Promise<Diagnostic[] | undefined> {
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return this.service.analysis(uri.toString())?.diagnostics;
    let text: string;
    if (uri.scheme === 'file') {
      // Only a regular file inside the workspace folder (a link may not lead out), read without blocking and
      // with a size cap: a FIFO or a link to a device found while walking the folder never freezes the host.
      const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri;
      const root = folder?.scheme === 'file' ? folder.fsPath : dirname(uri.fsPath);
      const where = resolveInside(root, root, uri.fsPath, { allowAbsolute: true });
      const r = where.ok ? readTextFile(where.path, MAX_DOCUMENT_BYTES) : where;
      if (!r.ok) return this.unreadable(uri);
      text = r.text;
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        return this.unreadable(uri);
      }
    }
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return undefined;
    // The same analysis as `dpia check` (core `check`), kept for the register view.
    const analysis = analyze(parseDocument(uri.toString(), text, new ParseCache()), { ...optionsFor(uri), uri: uri.toString() });
    const result = resolveFixes(analysis, analysis.diagnostics);
    this.publish(uri, result);
    this.analysed.fire({ uri, analysis });
    return result;
  }

  /** A file that is gone or cannot be read (a closed document deleted meanwhile): nothing stale is left of it. */
  private unreadable(uri: vscode.Uri): undefined {
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return undefined;
    this.collection.delete(uri);
    this.analysed.fire({ uri });
    return undefined;
  }

  /** The file was deleted: it leaves the register at once; its diagnostics stay while it is open in an editor. */
  forget(uri: vscode.Uri): void {
    this.analysed.fire({ uri });
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
