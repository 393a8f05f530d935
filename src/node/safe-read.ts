import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Largest document the tools read (a DPIA of 8,000 risks is about 20 MB). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Largest resource (catalogue, matrix, config) the tools read. */
export const MAX_RESOURCE_BYTES = 4 * 1024 * 1024;

export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; error: string };
export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

const CHUNK = 64 * 1024;
// O_NONBLOCK: opening a FIFO never waits for a writer (it is then refused after fstat). Not on Windows.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENXIO' || code === 'EOPNOTSUPP') return 'not a regular file (a socket or device); refused';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'EISDIR') return 'is a directory';
  return code ? `cannot read (${code})` : 'cannot read';
}

/**
 * Reads a regular file, at most `maxBytes`: opened without blocking and checked with fstat on the
 * opened descriptor, so FIFOs, sockets and devices (/dev/zero, /dev/urandom) are refused, never read.
 * The size cap holds while reading (a file that grows, or lies in stat, is cut off and refused).
 */
export function readRegularFile(path: string, maxBytes: number): BytesResult {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (e) {
    return { ok: false, error: errnoText(e) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, error: 'is a directory' };
    if (!st.isFile()) return { ok: false, error: 'not a regular file (a FIFO, socket or device); refused' };
    const chunks: Buffer[] = [];
    let total = 0;
    // The size from stat only picks the chunk size (one read for most files); the cap counts bytes read.
    const chunk = Math.min(Math.max(st.size + 1, CHUNK), 4 * 1024 * 1024);
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(chunk, maxBytes + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > maxBytes) return { ok: false, error: `file is too large (the limit is ${formatBytes(maxBytes)})` };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN') return { ok: false, error: 'not a regular file (a FIFO, socket or device); refused' };
    return { ok: false, error: errnoText(e) };
  } finally {
    closeSync(fd);
  }
}

function formatBytes(n: number): string {
  return n >= 1048576 ? `${+(n / 1048576).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`;
}

/**
 * Decodes UTF-8, refusing binary and invalid text. A byte-order mark is kept in the string (the core
 * hides it from positions), so a file written back keeps it.
 */
export function decodeText(bytes: Buffer): ReadResult {
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, error: 'binary file (contains NUL bytes); expected a Markdown text file' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'not valid UTF-8 text; save the file as UTF-8' };
  }
}

/** Reads a regular file as UTF-8 text, at most `maxBytes`. */
export function readTextFile(path: string, maxBytes = MAX_DOCUMENT_BYTES): ReadResult {
  const r = readRegularFile(path, maxBytes);
  return r.ok ? decodeText(r.bytes) : r;
}

/** Whether `path` is `root` or inside it (both absolute, already resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

export type Resolved = { ok: true; path: string } | { ok: false; error: string };

/**
 * Resolves a resource path named relative to `base`, refusing anything outside `root`: absolute paths
 * (unless `allowAbsolute` and inside the root), `..` escapes and symbolic links that lead out (the real
 * path is checked). The returned path is the real path, so a link swapped afterwards is not followed.
 */
export function resolveInside(root: string, base: string, spec: string, o: { allowAbsolute?: boolean } = {}): Resolved {
  const outside = { ok: false as const, error: 'outside the allowed folder; name a file inside the project, relative to it' };
  if (!spec || spec.includes('\0')) return { ok: false, error: 'not a valid path' };
  if (isAbsolute(spec) && !o.allowAbsolute) return { ok: false, error: 'absolute paths are not allowed; name the file relative to the document' };
  const lexical = resolve(base, spec);
  if (!isInside(resolve(root), lexical)) return outside;
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(lexical);
  } catch (e) {
    return { ok: false, error: errnoText(e) };
  }
  if (!isInside(realRoot, real)) return outside;
  return { ok: true, path: real };
}

/** Reads a resource (catalogue, matrix, config) inside `root` as text: see resolveInside and readRegularFile. */
export function readResourceText(root: string, base: string, spec: string, o: { allowAbsolute?: boolean; maxBytes?: number } = {}): ReadResult {
  const where = resolveInside(root, base, spec, o);
  if (!where.ok) return where;
  return readTextFile(where.path, o.maxBytes ?? MAX_RESOURCE_BYTES);
}
