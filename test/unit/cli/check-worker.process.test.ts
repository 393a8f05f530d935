// `dpia check --jobs N` runs its worker threads from dist/check-worker.js, a bundle of its own;
// dist/cli.js is only the command line (it no longer doubles as the worker script).
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers';

const DIST = join(ROOT, 'dist');
// Logs the script of every worker thread started, then starts it as usual.
const SPY = `const wt = require('node:worker_threads');
const Worker = wt.Worker;
wt.Worker = class extends Worker { constructor(file, options) { process.stderr.write('WORKER ' + file + '\\n'); super(file, options); } };
`;

describe('dpia check --jobs: the worker script is its own entry', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpia-worker-'));
    for (const f of ['teams-onedrive-sharepoint.dpia.md', 'teams-onedrive-sharepoint.dtia.md']) copyFileSync(join(ROOT, 'templates', 'examples', f), join(dir, f));
    writeFileSync(join(dir, 'spy.cjs'), SPY);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('dist/check-worker.js is built, and dist/cli.js holds no worker branch', () => {
    assert.ok(existsSync(join(DIST, 'check-worker.js')));
    const cli = readFileSync(join(DIST, 'cli.js'), 'utf8');
    assert.doesNotMatch(cli, /\bparentPort\b|\bisMainThread\b|dpiaCheckWorker/);
    assert.match(readFileSync(join(DIST, 'check-worker.js'), 'utf8'), /\bparentPort\b/);
  });

  it('-j 2 starts dist/check-worker.js in two threads and prints what one thread prints', function () {
    this.timeout(60_000);
    const args = [join(DIST, 'cli.js'), 'check', '--format', 'json', '--today', '2026-11-23', '.'];
    const two = spawnSync(process.execPath, ['--require', join(dir, 'spy.cjs'), ...args, '-j', '2'], { cwd: dir, encoding: 'utf8' });
    const one = spawnSync(process.execPath, ['--require', join(dir, 'spy.cjs'), ...args, '-j', '1'], { cwd: dir, encoding: 'utf8' });
    const started = (s: string) => s.split('\n').filter((l) => l.startsWith('WORKER '));
    assert.deepEqual(started(two.stderr), [`WORKER ${join(DIST, 'check-worker.js')}`, `WORKER ${join(DIST, 'check-worker.js')}`]);
    assert.deepEqual(started(one.stderr), []);
    assert.equal(two.status, one.status);
    assert.equal(JSON.parse(two.stdout).files.length, 2);
    assert.equal(two.stdout, one.stdout);
  });

  it('started on its own, the worker script says what it is and exits 2', () => {
    const r = spawnSync(process.execPath, [join(DIST, 'check-worker.js')], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /started by "dpia check --jobs N"/);
  });
});
