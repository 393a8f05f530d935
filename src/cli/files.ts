import { lstatSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { declaresDpiaType } from '../core/index';
import { repositoryRoot } from '../node/config-discovery';
import { IgnoreFilter } from '../node/ignore-files';
import { isInside, MAX_DOCUMENT_BYTES, readTextFile, type ReadResult } from '../node/safe-read';

/** Largest file the CLI reads; bigger ones are reported, not parsed. */
export const MAX_FILE_BYTES = MAX_DOCUMENT_BYTES;

export type { ReadResult };

/**
 * Reads a document as UTF-8 text (a byte-order mark is kept): only regular files, never a FIFO or
 * device, at most MAX_FILE_BYTES counted while reading; binary and non-UTF-8 files are refused.
 */
export function readText(path: string): ReadResult {
  return readTextFile(path, MAX_FILE_BYTES);
}

/** Whether a Markdown file is a DPIA/DTIA: by name, or by `type:` in its front matter. */
export function isDpiaFile(path: string, text?: string): boolean {
  if (/\.(dpia|dtia|prescan)\.md$/i.test(path)) return true;
  if (!/\.md$/i.test(path)) return false;
  return declaresDpiaType(text ?? (readText(path) as { text?: string }).text ?? '');
}

const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** A file to check and the folder its resources (catalogues, matrix) must stay inside. */
export interface Operand {
  file: string;
  root: string;
}

/** Only regular files found by a search: symbolic links (to devices, FIFOs, or out of the tree) are skipped. */
function regular(p: string): boolean {
  try {
    return lstatSync(p).isFile();
  } catch {
    return false;
  }
}

/** How a search selects files: the ignore files and patterns, and each file's configuration folder. */
export interface SelectOptions {
  /** Read `.gitignore` files (default true; false with --no-gitignore). */
  gitignore?: boolean;
  /** --ignore patterns (gitignore syntax, relative to the working folder; '!pattern' takes a file back). */
  ignore?: string[];
  /** The folder of the configuration file that applies to a file, if any (resources may widen to it). */
  configBase?: (file: string) => string | undefined;
}

/** The root ignore files are read from for a searched folder: its repository root, else the working folder when inside it, else itself. */
function ignoreRoot(dir: string, cwd: string): string {
  return repositoryRoot(dir) ?? (isInside(cwd, dir) ? cwd : dir);
}

/**
 * Expands the command-line operands: files are taken as given; directories and globs are searched
 * for DPIA/DTIA documents, never following symbolic links and never opening non-regular files, and
 * leaving out what `.gitignore`, `.dpiaignore` and --ignore exclude (see IgnoreFilter). No operands:
 * the current folder. Each file's resource root is the folder searched (or the file's folder),
 * widened to its config file's folder when the file lies inside it.
 */
export function expandOperands(operands: string[], cwd: string, o: SelectOptions = {}): { files: string[]; roots: string[]; missing: string[] } {
  const found: Operand[] = [];
  const missing: string[] = [];
  const filters = new Map<string, IgnoreFilter>();
  // Once per folder searched, not per file found (it walks up to the repository root).
  const rootOf = new Map<string, string>();
  const ignored = (file: string, searched: string) => {
    let root = rootOf.get(searched);
    if (root === undefined) rootOf.set(searched, (root = ignoreRoot(searched, cwd)));
    let f = filters.get(root);
    if (!f) filters.set(root, (f = new IgnoreFilter(root, { gitignore: o.gitignore !== false, patterns: o.ignore, patternBase: cwd })));
    return f.ignores(file);
  };
  const search = (patterns: string[], base: string) =>
    globSync(patterns, { cwd: base, ignore: IGNORE, dot: false, absolute: true, followSymbolicLinks: false })
      .filter((p) => regular(p) && !ignored(p, base) && isDpiaFile(p))
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
    // A file named explicitly is taken (a FIFO or device is refused when it is read, never opened blocking).
    if (st && !st.isDirectory()) found.push({ file: abs, root: dirname(abs) });
    else if (st?.isDirectory()) found.push(...search(['**/*.md'], abs).map((file) => ({ file, root: abs })));
    else if (/[*?{[]/.test(op)) {
      const hits = globSync([op], { cwd, ignore: IGNORE, absolute: true, followSymbolicLinks: false }).filter((p) => regular(p) && !ignored(p, cwd)).sort();
      if (!hits.length) missing.push(op);
      found.push(...hits.map((file) => ({ file, root: isInside(cwd, file) ? cwd : dirname(file) })));
    } else missing.push(op);
  }
  const seen = new Set<string>();
  const unique = found.filter((f) => !seen.has(f.file) && seen.add(f.file));
  return { files: unique.map((f) => f.file), roots: unique.map((f) => resourceRoot(f.file, f.root, o.configBase?.(f.file))), missing };
}

/**
 * The folder a document's resources must stay inside: the folder searched (or the file's own
 * folder), widened to the config file's folder when both lie inside it.
 */
export function resourceRoot(file: string, searched = dirname(file), configBase?: string): string {
  return configBase && isInside(configBase, file) && isInside(configBase, searched) ? configBase : searched;
}

/** A path as shown to the user: relative to the working folder when inside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : abs;
}
