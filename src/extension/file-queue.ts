// Background work on many files without freezing the extension host: one file per turn of the
// event loop (editing, hovers and other extensions run in between), and a cap on how many.

/** Files checked in the background when a folder opens; "Check all DPIA files" has no cap. */
export const MAX_BACKGROUND_FILES = 2000;

/** Lets the event loop run everything that is waiting (I/O, timers, requests) before going on. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface QueueOptions {
  /** At most this many items are processed. */
  max?: number;
  /** Checked before each item: true stops the queue. */
  cancelled?: () => boolean;
  /** Awaited before each item (the default yields one turn of the event loop). */
  yieldTurn?: () => Promise<void>;
}

/** Runs `work` on the items one at a time, yielding before each; returns how many were processed. */
export async function forEachYielding<T>(items: readonly T[], work: (item: T) => unknown, opts: QueueOptions = {}): Promise<number> {
  const max = Math.min(items.length, opts.max ?? Infinity);
  const yieldTurn = opts.yieldTurn ?? nextTurn;
  let done = 0;
  for (; done < max; done++) {
    await yieldTurn();
    if (opts.cancelled?.()) break;
    try {
      await work(items[done]);
    } catch {
      // One unreadable file does not stop the others (its problems are reported where it is read).
    }
  }
  return done;
}
