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

/**
 * Files changed on disk, waiting to be checked: a burst of events for one file checks it once, files
 * are taken one per turn of the event loop, a file deleted while it waits is dropped, and one check
 * that fails or throws never stops the queue (a stopped queue would leave every later file unchecked).
 */
export class ChangeQueue<T> {
  private readonly pending = new Map<string, T>();
  private draining: Promise<void> | undefined;

  constructor(
    private readonly work: (item: T) => unknown,
    private readonly opts: { cancelled?: () => boolean; yieldTurn?: () => Promise<void> } = {},
  ) {}

  /** Adds (or keeps) `item` under `key` and starts draining if needed. */
  add(key: string, item: T): void {
    this.pending.set(key, item);
    this.start();
  }

  private start(): void {
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
      // Added between the last look and this moment: drain again rather than leave it waiting.
      if (this.pending.size && !this.opts.cancelled?.()) this.start();
    });
  }

  /** Drops `key` if it is still waiting (its file was deleted). */
  drop(key: string): void {
    this.pending.delete(key);
  }

  /** Resolves when nothing is waiting any more (for tests and shutdown). */
  idle(): Promise<void> {
    return this.draining ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    const yieldTurn = this.opts.yieldTurn ?? nextTurn;
    for (;;) {
      await yieldTurn();
      if (this.opts.cancelled?.()) return;
      // Taken after the turn: the turn may have dropped what was there, even the last item.
      const next = this.pending.entries().next();
      if (next.done) return;
      const [key, item] = next.value;
      this.pending.delete(key);
      try {
        await this.work(item);
      } catch {
        // Reported where the file is read; the other files are still checked.
      }
    }
  }
}
