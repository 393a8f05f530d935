// The worker script of `dpia check --jobs N` and `dpia register --jobs N` (dist/check-worker.js): checks
// the batches of files it is sent, or reduces them to register rows (workerData.task).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { ParseCache } from '../core/index';
import { checkFile, type FileCheckOptions } from './check-files';
import { rowsOfFile, type RowsOptions } from './register-rows';
import type { WorkerTask } from './worker-pool';

interface Batch {
  start: number;
  files: string[];
  roots: string[];
  which: number[];
  /** Register only: each file's path as the register shows it. */
  shown: string[];
}

type Setup = { task: WorkerTask; options: FileCheckOptions[]; rows?: RowsOptions };

/** The worker side: handles each batch it is given and posts the outcomes back. */
function serve(port: MessagePort, { task, options, rows }: Setup): void {
  // One cache per thread, as one run in the main thread keeps one.
  const cache = new ParseCache();
  const one = task === 'register' ? (m: Batch, i: number) => rowsOfFile(m.files[i], m.shown[i], options[m.which[i]], m.roots[i], rows!, cache) : (m: Batch, i: number) => checkFile(m.files[i], options[m.which[i]], m.roots[i]);
  port.on('message', (m: Batch | null) => {
    if (!m) return void port.close();
    port.postMessage({ start: m.start, outcomes: m.files.map((_, i) => one(m, i)) });
  });
}

if (parentPort) serve(parentPort, workerData as Setup);
else {
  process.stderr.write('dpia: check-worker.js is started by "dpia check --jobs N" and "dpia register --jobs N"; run dpia (dist/cli.js) instead\n');
  process.exitCode = 2;
}
