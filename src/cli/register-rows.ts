// The documents of `dpia register`, each read, analysed (the same `analyze` as `dpia check`) and reduced
// to its register rows before the next is read: in this thread, or in the worker threads of
// dist/check-worker.js, which send back rows only. Either way the rows reach the caller in file order.
import { statSync } from 'node:fs';
import { analyze, parseDocument, ParseCache } from '../core/index';
import { documentRows, type DocumentRows } from '../core/org-register/rows';
import { readText } from './files';
import { resourceReader, workerScript, type FileCheckOptions } from './check-files';
import { inWorkers } from './worker-pool';

export type RowsOutcome = { ok: true; rows: DocumentRows } | { ok: false; error: string };

/** What every document's rows depend on besides its own settings; plain data, sent to the workers. */
export interface RowsOptions {
  horizonDays: number;
  /** Documents last changed before this ISO date are stale (--stale-days). */
  staleBefore?: string;
}

/** The documents and, per document, its shown path, resource root and option set (see planOptions). */
export interface RowsWork extends RowsOptions {
  files: string[];
  shown: string[];
  roots: string[];
  sets: FileCheckOptions[];
  which: number[];
}

/** The rows of one file, named `shown` in the register; `cache` is swept after it. */
export function rowsOfFile(abs: string, shown: string, options: FileCheckOptions, root: string, o: RowsOptions, cache: ParseCache): RowsOutcome {
  const r = readText(abs);
  if (!r.ok) return r;
  const { resolveFixes: _, ...settings } = options;
  const analysis = analyze(parseDocument(abs, r.text, cache), { ...settings, uri: abs, readResource: resourceReader(root) }, 1);
  const rows = documentRows(shown, analysis, { today: settings.today ?? null, horizonDays: o.horizonDays });
  cache.sweep();
  try {
    rows.lastChanged = statSync(abs).mtime.toISOString().slice(0, 10);
  } catch {
    rows.lastChanged = undefined;
  }
  if (o.staleBefore && rows.lastChanged && rows.lastChanged < o.staleBefore) rows.stale = true;
  return { ok: true, rows };
}

/**
 * Calls `add` with each file's outcome in the order of `files`: in `jobs` worker threads when more
 * than one (a promise then), else here. Out-of-order batches wait only until the ones before arrive.
 */
export function collectRows(w: RowsWork, jobs: number, add: (outcome: RowsOutcome, i: number) => void): void | Promise<void> {
  const script = workerScript();
  const o: RowsOptions = { horizonDays: w.horizonDays, staleBefore: w.staleBefore };
  if (jobs <= 1 || !script || w.files.length < 2) {
    const cache = new ParseCache();
    w.files.forEach((f, i) => add(rowsOfFile(f, w.shown[i], w.sets[w.which[i]], w.roots[i], o, cache), i));
    return;
  }
  const waiting = new Map<number, RowsOutcome>();
  let next = 0;
  const request = (start: number, end: number) => ({ files: w.files.slice(start, end), shown: w.shown.slice(start, end), roots: w.roots.slice(start, end), which: w.which.slice(start, end) });
  return inWorkers<RowsOutcome>(script, { task: 'register', options: w.sets, rows: o }, w.files.length, jobs, request, (start, outcomes) => {
    outcomes.forEach((x, i) => waiting.set(start + i, x));
    for (let x = waiting.get(next); x; x = waiting.get(next)) {
      waiting.delete(next);
      add(x, next++);
    }
  });
}
