import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { check, type CheckOptions, type Diagnostic } from '../core/index';
import { readText } from './files';
import { readResourceText } from '../node/safe-read';
import { inWorkers } from './worker-pool';

/**
 * What `check` needs per file; plain data, so it can be sent to a worker thread. `resolveFixes`:
 * make the edits of costly fixes (the risk table's) too, for output that shows fixes (JSON).
 */
export type FileCheckOptions = Omit<CheckOptions, 'uri' | 'readResource'> & { resolveFixes?: boolean };

export type FileOutcome = { ok: true; diagnostics: Diagnostic[] } | { ok: false; error: string };

/**
 * Reads resources named in a document's front matter, relative to the document and only inside `root`
 * (see readResourceText); a refusal comes back as its reason.
 */
export function resourceReader(root: string): NonNullable<CheckOptions['readResource']> {
  return (doc: string, rel: string) => {
    const x = readResourceText(root, dirname(doc), rel);
    return x.ok ? x.text : { error: x.error };
  };
}

/** Reads and checks one file; resources named in its front matter are read relative to it, inside `root`. */
export function checkFile(abs: string, options: FileCheckOptions, root = dirname(abs)): FileOutcome {
  const r = readText(abs);
  if (!r.ok) return r;
  return { ok: true, diagnostics: checkText(r.text, abs, options, root) };
}

/** Checks a document's text (read from a file or from stdin) as if it were the file `abs`. */
export function checkText(text: string, abs: string, options: FileCheckOptions, root = dirname(abs)): Diagnostic[] {
  const { resolveFixes, ...settings } = options;
  return check(text, { ...settings, uri: abs, readResource: resourceReader(root) }, { resolveFixes });
}

/** Worker threads used by default: one per core, at most 8, and only for enough files to pay off. */
export function defaultJobs(files: number): number {
  return files < 16 ? 1 : Math.min(8, availableParallelism());
}

/** The worker script (dist/check-worker.js, built next to dist/cli.js); absent when running from sources (tests). */
export function workerScript(): string | undefined {
  const path = join(__dirname, 'check-worker.js');
  return existsSync(path) ? path : undefined;
}

/**
 * Checks files in `jobs` worker threads when more than one (see inWorkers), else in this thread.
 * Results come back in the order of `files`. Each file is checked with `options[which[i]]` (its
 * configuration's settings; default: the first).
 */
export async function checkFiles(files: string[], optionSets: FileCheckOptions | FileCheckOptions[], jobs: number, roots: string[] = files.map((f) => dirname(f)), which: number[] = files.map(() => 0)): Promise<FileOutcome[]> {
  const options = Array.isArray(optionSets) ? optionSets : [optionSets];
  const script = workerScript();
  if (jobs <= 1 || !script || files.length < 2) return files.map((f, i) => checkFile(f, options[which[i]], roots[i]));
  const results: FileOutcome[] = new Array(files.length);
  const request = (start: number, end: number) => ({ files: files.slice(start, end), roots: roots.slice(start, end), which: which.slice(start, end) });
  await inWorkers<FileOutcome>(script, { task: 'check', options }, files.length, jobs, request, (start, outcomes) => outcomes.forEach((o, i) => (results[start + i] = o)));
  return results;
}
