// The DPIA a pre-scan names in its front matter (`dpia:`): read through the same safe resource reader
// as matrices and catalogues (relative to the pre-scan, inside the allowed folder), so the check that
// the DPIA names the pre-scan back works alike in the CLI, the editor and the language server.
import { locate, parseDocument, type DpiaDocument } from './document';
import type { Range } from '../text/lines';
import { ParseCache } from '../parse/block-source';

export interface LinkedDocument {
  /** The path as written in the front matter. */
  spec: string;
  /** Where it is written (the `dpia:` value). */
  range: Range;
  /** Why it could not be read. */
  error?: string;
  /** Its front matter, when it was read. */
  frontMatter?: Record<string, unknown>;
  /** Whether its front matter names this document back (`prescan:` resolving to it). */
  namesBack?: boolean;
}

/** A path written in a document still to be filled in: empty or a `<placeholder>`. */
export const isPlaceholderPath = (s: string) => !s.trim() || /^\s*[<‹]/.test(s);

/** `rel` resolved against the folder of `from` (both with `/` separators; `.` and `..` folded). */
export function resolveRelative(from: string, rel: string): string {
  const parts = from.replace(/\\/g, '/').split('/');
  parts.pop();
  for (const p of rel.replace(/\\/g, '/').split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (parts.length > 1) parts.pop();
    } else parts.push(p);
  }
  return parts.join('/');
}

/**
 * The DPIA a pre-scan names, read with `read` (the environment's resource reader); undefined when
 * the document is not a pre-scan or names no DPIA yet.
 */
export function linkedDpia(doc: DpiaDocument, read: (spec: string) => { text?: string; error?: string }): LinkedDocument | undefined {
  const fm = doc.frontMatter;
  const spec = fm?.value?.dpia;
  if (doc.type !== 'prescan' || !fm || typeof spec !== 'string' || isPlaceholderPath(spec)) return undefined;
  const range = locate(fm, '/dpia');
  const r = read(spec);
  if (r.text === undefined) return { spec, range, error: r.error ?? 'cannot read the file' };
  const target = resolveRelative(doc.uri, spec);
  const other = parseDocument(target, r.text, new ParseCache()).frontMatter?.value ?? {};
  const back = other.prescan;
  // Editor URIs are percent-encoded (file:///a%20b/…); paths in front matter are not.
  const plain = (s: string) => {
    try {
      return decodeURI(s);
    } catch {
      return s;
    }
  };
  const namesBack = typeof back === 'string' && plain(resolveRelative(target, back)) === plain(resolveRelative(doc.uri, doc.uri.replace(/^.*[\\/]/, '')));
  return { spec, range, frontMatter: other, namesBack };
}

/** The pre-scan a DPIA or DTIA names (`prescan:`), reduced to what carries over. */
export interface LinkedPrescan {
  /** The path as written in the front matter. */
  spec: string;
  /** Where it is written (the `prescan:` value). */
  range: Range;
  /** Why it could not be read. */
  error?: string;
  /** The data categories and purposes its `prescan` blocks list (ids or names), in order, without repeats. */
  data: string[];
  purposes: string[];
}

const listed = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).filter((x): x is string | number => typeof x === 'string' || typeof x === 'number').map((x) => String(x).trim()).filter(Boolean);

/**
 * The pre-scan a DPIA or DTIA names, read with `read` (the environment's resource reader, relative to
 * the document and inside the allowed folder); undefined when the document is a pre-scan itself or
 * names none yet.
 */
export function linkedPrescan(doc: DpiaDocument, read: (spec: string) => { text?: string; error?: string }): LinkedPrescan | undefined {
  const fm = doc.frontMatter;
  const spec = fm?.value?.prescan;
  if (doc.type === 'prescan' || !fm || typeof spec !== 'string' || isPlaceholderPath(spec)) return undefined;
  const range = locate(fm, '/prescan');
  const r = read(spec);
  if (r.text === undefined) return { spec, range, error: r.error ?? 'cannot read the file', data: [], purposes: [] };
  const other = parseDocument(resolveRelative(doc.uri, spec), r.text, new ParseCache());
  const data = new Set<string>();
  const purposes = new Set<string>();
  for (const b of other.blocks) {
    if (b.kind !== 'prescan') continue;
    for (const d of listed(b.value?.data)) data.add(d);
    for (const p of listed(b.value?.purposes)) purposes.add(p);
  }
  return { spec, range, data: [...data], purposes: [...purposes] };
}
