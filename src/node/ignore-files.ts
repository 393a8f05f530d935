// Which files a folder search leaves out: `.gitignore` (unless switched off) and `.dpiaignore` in
// every folder from the root down to the file, then the patterns given (`--ignore`), each later
// layer able to take back an earlier one with a negated pattern ('!build/**'). Matching is done by
// the `ignore` package (gitignore semantics, as eslint and markdownlint use), never by hand.
import ignore, { type Ignore } from 'ignore';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isInside, MAX_RESOURCE_BYTES, readTextFile } from './safe-read';

export interface IgnoreOptions {
  /** Read `.gitignore` files (default true). */
  gitignore?: boolean;
  /** Extra patterns (gitignore syntax), relative to `patternBase`. */
  patterns?: string[];
  /** The folder `patterns` are relative to (default: the root). */
  patternBase?: string;
  /** Reads an ignore file; `undefined` when there is none (default: the safe reader, at most 4 MB). */
  read?: (path: string) => string | undefined;
}

export const IGNORE_FILE_NAMES = ['.gitignore', '.dpiaignore'] as const;

function readIgnoreFile(path: string): string | undefined {
  const r = readTextFile(path, MAX_RESOURCE_BYTES);
  return r.ok ? r.text : undefined;
}

const posix = (p: string) => p.split(sep).join('/');

/**
 * An ignore filter for the files below `root`. Files outside the root are judged by the patterns
 * given alone. Ignore files are read once per folder.
 */
export class IgnoreFilter {
  private readonly root: string;
  private readonly names: string[];
  private readonly patterns?: Ignore;
  private readonly patternBase: string;
  private readonly read: (path: string) => string | undefined;
  private readonly folders = new Map<string, Ignore[]>();

  constructor(root: string, o: IgnoreOptions = {}) {
    this.root = resolve(root);
    this.names = o.gitignore === false ? ['.dpiaignore'] : [...IGNORE_FILE_NAMES];
    this.patternBase = resolve(o.patternBase ?? root);
    this.read = o.read ?? readIgnoreFile;
    if (o.patterns?.length) this.patterns = ignore({ allowRelativePaths: true }).add(o.patterns);
  }

  /** The rules of one folder's ignore files (.gitignore before .dpiaignore). */
  private rulesOf(folder: string): Ignore[] {
    let rules = this.folders.get(folder);
    if (!rules) {
      rules = [];
      for (const name of this.names) {
        const text = this.read(join(folder, name));
        if (text !== undefined) rules.push(ignore().add(text.replace(/^\uFEFF/, '')));
      }
      this.folders.set(folder, rules);
    }
    return rules;
  }

  /** Whether a file (absolute path) is left out. */
  ignores(file: string): boolean {
    const abs = resolve(file);
    let ignored = false;
    if (isInside(this.root, abs) && abs !== this.root) {
      const folders: string[] = [];
      for (let d = dirname(abs); ; d = dirname(d)) {
        folders.unshift(d);
        if (d === this.root || dirname(d) === d) break;
      }
      for (const folder of folders)
        for (const rules of this.rulesOf(folder)) {
          const t = rules.test(posix(relative(folder, abs)));
          if (t.ignored) ignored = true;
          else if (t.unignored) ignored = false;
        }
    }
    if (this.patterns && isInside(this.patternBase, abs) && abs !== this.patternBase) {
      const t = this.patterns.test(posix(relative(this.patternBase, abs)));
      if (t.ignored) ignored = true;
      else if (t.unignored) ignored = false;
    }
    return ignored;
  }
}
