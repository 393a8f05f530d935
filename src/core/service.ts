import type { Fix } from './diagnostics';
import { ParseCache } from './parse/block-source';
import { parseDocument } from './model/document';
import { analyze, resolveFix } from './check';
import type { Analysis, CheckOptions, ReadResource } from './environment';
import type { DiagnosticCode } from './rules/index';

/** What the host gives the service (as `createLanguageService(init)` in vscode-markdown-languageservice). */
export interface ServiceInit {
  /** The settings of a document (severities, today, matrix, catalogues, locale); default: none. */
  settingsFor?(uri: string): Omit<CheckOptions, 'uri' | 'readResource'>;
  /** Reads a resource (matrix file, catalogue) named relative to a document; default: nothing is readable. */
  readResource?: ReadResource;
  /** Where the service says what it does (e.g. VS Code's output channel); default: silent. */
  logger?: { log(message: string): void };
}

export interface DpiaService {
  /**
   * Analyses a new version of a document: only blocks whose text changed are parsed again.
   * Returns undefined when `version` is older than one already seen (a stale update).
   */
  update(uri: string, text: string, version: number): Analysis<DiagnosticCode> | undefined;
  /** The last analysis of an open document (analysed again first when the settings changed since). */
  analysis(uri: string): Analysis<DiagnosticCode> | undefined;
  /** A fix with its edits filled in (LSP `codeAction/resolve`), for a fix of the document's last analysis. */
  resolveFix(uri: string, fix: Fix): Fix;
  /** Forgets a document. */
  close(uri: string): void;
  /** Settings or resources changed: every document is analysed again when next read. */
  invalidate(): void;
  /** Number of open documents. */
  readonly size: number;
}

interface Entry {
  cache: ParseCache;
  analysis: Analysis<DiagnosticCode>;
  /** The settings generation the analysis was made with. */
  generation: number;
}

/** One incremental language service for every document of every folder: one parse cache and one analysis per open document. */
export function createService(init: ServiceInit = {}): DpiaService {
  const docs = new Map<string, Entry>();
  let generation = 0;
  const options = (uri: string): CheckOptions => ({ ...init.settingsFor?.(uri), uri, readResource: init.readResource });
  const fresh = (e: Entry, uri: string) => {
    if (e.generation !== generation) {
      init.logger?.log(`analysing ${uri} again: settings or resources changed`);
      e.analysis = analyze(e.analysis.document, options(uri), e.analysis.version);
      e.generation = generation;
    }
    return e.analysis;
  };
  return {
    update(uri, text, version) {
      const e = docs.get(uri);
      if (e && version < e.analysis.version) return undefined;
      const cache = e?.cache ?? new ParseCache();
      const document = parseDocument(uri, text, cache, e?.analysis.document);
      cache.sweep();
      const analysis = analyze(document, options(uri), version);
      docs.set(uri, { cache, analysis, generation });
      return analysis;
    },
    analysis(uri) {
      const e = docs.get(uri);
      return e && fresh(e, uri);
    },
    resolveFix(uri, fix) {
      const e = docs.get(uri);
      return e ? resolveFix(fresh(e, uri), fix) : fix;
    },
    close: (uri) => void docs.delete(uri),
    invalidate() {
      generation++;
    },
    get size() {
      return docs.size;
    },
  };
}
