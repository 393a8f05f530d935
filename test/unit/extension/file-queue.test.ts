// Issue 11, item 3: opening a folder checks its DPIA files one per turn of the event loop, so the
// extension host never blocks for more than one file (and at most MAX_BACKGROUND_FILES are checked).
import * as assert from 'node:assert/strict';
import { ChangeQueue, forEachYielding, MAX_BACKGROUND_FILES } from '../../../src/extension/file-queue';

describe('background file queue', () => {
  it('processes one file per turn of the event loop, in order', async () => {
    const done: number[] = [];
    const n = await forEachYielding([1, 2, 3, 4, 5], (x) => void done.push(x));
    assert.equal(n, 5);
    assert.deepEqual(done, [1, 2, 3, 4, 5]);
    // Yielding before each file: other work was able to run between files.
    let yields = 0;
    await forEachYielding([1, 2, 3], () => undefined, { yieldTurn: async () => void yields++ });
    assert.equal(yields, 3);
  });

  it('lets a waiting task run between any two files', async () => {
    const log: string[] = [];
    const p = forEachYielding(['a', 'b', 'c'], (f) => {
      log.push(f);
      setImmediate(() => log.push(`other after ${f}`));
    });
    await p;
    assert.deepEqual(log.slice(0, 5), ['a', 'other after a', 'b', 'other after b', 'c']);
  });

  it('stops at the cap and when cancelled; one failing file does not stop the rest', async () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    assert.equal(await forEachYielding(items, () => undefined, { max: 4 }), 4);
    let seen = 0;
    assert.equal(await forEachYielding(items, () => void seen++, { cancelled: () => seen >= 3 }), 3);
    const ok: number[] = [];
    await forEachYielding([1, 2, 3], (x) => {
      if (x === 2) throw new Error('unreadable');
      ok.push(x);
    });
    assert.deepEqual(ok, [1, 3]);
    assert.ok(MAX_BACKGROUND_FILES >= 100 && MAX_BACKGROUND_FILES <= 10_000);
  });
});

describe('queue of files changed on disk (ChangeQueue)', () => {
  it('checks a file once for a burst of events, one per turn, in arrival order', async () => {
    const done: string[] = [];
    const q = new ChangeQueue<string>((f) => void done.push(f));
    q.add('a', 'a');
    q.add('b', 'b');
    q.add('a', 'a');
    await q.idle();
    assert.deepEqual(done, ['a', 'b']);
  });

  it('a file created and deleted before its turn is dropped, and the queue still checks later files', async () => {
    // The CI failure: the delete emptied the queue during the turn, taking the next item threw
    // "undefined is not iterable", and no file created afterwards was ever checked again.
    const done: string[] = [];
    const q = new ChangeQueue<string>((f) => void done.push(f));
    q.add('gone.dpia.md', 'gone.dpia.md');
    q.drop('gone.dpia.md');
    await q.idle();
    assert.deepEqual(done, []);
    q.add('new.dpia.md', 'new.dpia.md');
    await q.idle();
    assert.deepEqual(done, ['new.dpia.md']);
  });

  it('a check that throws or rejects does not stop the queue', async () => {
    const done: string[] = [];
    const q = new ChangeQueue<string>((f) => {
      if (f === 'throws') throw new Error('unreadable');
      if (f === 'rejects') return Promise.reject(new Error('unreadable'));
      done.push(f);
    });
    for (const f of ['throws', 'rejects', 'fine']) q.add(f, f);
    await q.idle();
    assert.deepEqual(done, ['fine']);
    q.add('later', 'later');
    await q.idle();
    assert.deepEqual(done, ['fine', 'later']);
  });

  it('a file added while another is being checked is checked too; a cancelled queue stops', async () => {
    const done: string[] = [];
    const q = new ChangeQueue<string>(async (f) => {
      done.push(f);
      if (f === 'first') q.add('during', 'during');
    });
    q.add('first', 'first');
    await q.idle();
    await q.idle();
    assert.deepEqual(done, ['first', 'during']);
    let cancelled = false;
    const c = new ChangeQueue<string>((f) => void done.push(f), { cancelled: () => cancelled });
    cancelled = true;
    c.add('never', 'never');
    await c.idle();
    assert.ok(!done.includes('never'));
  });
});
