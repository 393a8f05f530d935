// The worker threads of `dpia check --jobs N` and `dpia register --jobs N` (dist/check-worker.js): each
// thread is sent the next batch as it returns one, so only two batches per thread are ever in flight.
import { Worker } from 'node:worker_threads';

/** What `workerData` tells a worker to do with the batches it is sent. */
export type WorkerTask = 'check' | 'register';

// A worker's garbage is per document and dies young: with a young generation of 8 MB (V8's default is
// 48), two workers took up to 8% less CPU and a quarter less peak memory (334 -> 246 MB over 10,000
// documents; check and register alike).
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * Runs items 0..count-1 in `jobs` threads of `script`. `request(start, end)` is the batch sent for
 * items start..end-1; `take(start, results)` gets each batch's results as it arrives (batches
 * finish out of order). Resolves when every worker has ended; rejects on the first failure.
 */
export function inWorkers<R>(script: string, workerData: { task: WorkerTask } & Record<string, unknown>, count: number, jobs: number, request: (start: number, end: number) => object, take: (start: number, results: R[]) => void): Promise<void> {
  // Small batches keep the threads evenly busy to the end and few texts in memory; 16 is plenty to amortise a message.
  const batch = Math.max(1, Math.min(16, Math.ceil(count / (jobs * 8))));
  let next = 0;
  const one = () =>
    new Promise<void>((done, fail) => {
      const worker = new Worker(script, { workerData, resourceLimits: RESOURCE_LIMITS });
      let inFlight = 0;
      // The end (null) only once the worker has sent back all it was given.
      const give = () => {
        if (next >= count) return void (inFlight === 0 && worker.postMessage(null));
        const start = next;
        next = Math.min(count, next + batch);
        inFlight++;
        worker.postMessage({ start, ...request(start, next) });
      };
      worker.on('message', (m: { start: number; outcomes: R[] }) => {
        inFlight--;
        try {
          take(m.start, m.outcomes);
        } catch (e) {
          void worker.terminate();
          return fail(e);
        }
        give();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => (code === 0 ? done() : fail(new Error(`a ${workerData.task} worker stopped with exit code ${code}`))));
      // Two batches in flight: a worker never waits for this thread (busy, or not scheduled on a busy
      // machine) to send the next; 10% faster with two workers on two cores over 10,000 documents.
      // The second once it runs, when every worker has its first.
      give();
      worker.once('online', give);
    });
  return Promise.all(Array.from({ length: Math.min(jobs, count) }, one)).then(() => undefined);
}
