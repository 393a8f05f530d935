import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { declaresDpiaType } from '../core/index';

/** Largest file the CLI reads; bigger ones are reported, not parsed. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

/** Reads a file as UTF-8 text, refusing binary, oversized and non-UTF-8 files with a clear reason. */
export function readText(path: string): ReadResult {
  let buf: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, error: 'is a directory' };
    if (st.size > MAX_FILE_BYTES) return { ok: false, error: `file is too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)` };
    buf = readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, error: err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.message };
  }
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, error: 'binary file (contains NUL bytes); expected a Markdown text file' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { ok: false, error: 'not valid UTF-8 text; save the file as UTF-8' };
  }
}

/** Whether a Markdown file is a DPIA/DTIA: by name, or by `type:` in its front matter. */
export function isDpiaFile(path: string, text?: string): boolean {
  if (/\.(dpia|dtia)\.md$/i.test(path)) return true;
  if (!/\.md$/i.test(path)) return false;
  return declaresDpiaType(text ?? (readText(path) as { text?: string }).text ?? '');
}

const IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the command-line operands: files are taken as given; directories and globs are searched
 * for DPIA/DTIA documents. No operands: the current folder.
 */
export function expandOperands(operands: string[], cwd: string): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const search = (patterns: string[], base: string) =>
    globSync(patterns, { cwd: base, ignore: IGNORE, dot: false, absolute: true })
      .filter((p) => isDpiaFile(p))
      .sort();
  if (!operands.length) operands = ['.'];
  for (const op of operands) {
    const abs = resolve(cwd, op);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isFile()) files.push(abs);
    else if (st?.isDirectory()) files.push(...search(['**/*.md'], abs));
    else if (/[*?{[]/.test(op)) {
      const found = globSync([op], { cwd, ignore: IGNORE, absolute: true }).sort();
      if (!found.length) missing.push(op);
      files.push(...found);
    } else missing.push(op);
  }
  return { files: [...new Set(files)], missing };
}

/** A path as shown to the user: relative to the working folder when inside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : abs;
}
