import type { Diagnostic } from './diagnostics';
import { ParseCache } from './parse/block-source';
import { parseDocument, type DpiaDocument } from './model/document';
import { runRules, type CheckOptions } from './check';

interface Entry {
  version: number;
  cache: ParseCache;
  doc?: DpiaDocument;
  diagnostics: Diagnostic[];
}

export interface DpiaService {
  /**
   * Checks a new version of a document. Only blocks whose text changed are parsed again.
   * Returns undefined when `version` is older than one already seen (a stale update).
   */
  update(uri: string, text: string, version: number): Diagnostic[] | undefined;
  /** The last parsed model of a document, for features such as hover and outline. */
  document(uri: string): DpiaDocument | undefined;
  close(uri: string): void;
  /** Number of open documents. */
  readonly size: number;
}

/** An incremental language service: one parse cache per open document. */
export function createService(options: Omit<CheckOptions, 'uri'> = {}): DpiaService {
  const docs = new Map<string, Entry>();
  return {
    update(uri, text, version) {
      let e = docs.get(uri);
      if (e && version < e.version) return undefined;
      if (!e) {
        e = { version, cache: new ParseCache(), diagnostics: [] };
        docs.set(uri, e);
      }
      e.version = version;
      e.doc = parseDocument(uri, text, e.cache, e.doc);
      e.cache.sweep();
      e.diagnostics = runRules(e.doc, { ...options, uri });
      return e.diagnostics;
    },
    document: (uri) => docs.get(uri)?.doc,
    close: (uri) => void docs.delete(uri),
    get size() {
      return docs.size;
    },
  };
}
