// The worker script of `dpia check --jobs N` (dist/check-worker.js): checks the batches of files it is sent.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { checkFile, type FileCheckOptions } from './check-files';

/** The worker side: checks each batch it is given and posts the outcomes back. */
function serveChecks(port: MessagePort, options: FileCheckOptions[]): void {
  port.on('message', (m: { start: number; files: string[]; roots: string[]; which: number[] } | null) => {
    if (!m) return void port.close();
    port.postMessage({ start: m.start, outcomes: m.files.map((f, i) => checkFile(f, options[m.which[i]], m.roots[i])) });
  });
}

if (parentPort) serveChecks(parentPort, (workerData as { options: FileCheckOptions[] }).options);
else {
  process.stderr.write('dpia: check-worker.js is started by "dpia check --jobs N"; run dpia (dist/cli.js) instead\n');
  process.exitCode = 2;
}
