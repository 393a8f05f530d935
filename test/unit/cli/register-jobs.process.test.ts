// `dpia register --jobs N`: the documents are analysed in the worker threads of dist/check-worker.js,
// which send back rows only; the output is the one-thread output, byte for byte.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const WORKER = `WORKER ${join(ROOT, 'dist', 'check-worker.js')}`;
// Logs the script of every worker thread started, then starts it as usual.
const SPY = `const wt = require('node:worker_threads');
const Worker = wt.Worker;
wt.Worker = class extends Worker { constructor(file, options) { process.stderr.write('WORKER ' + file + '\\n'); super(file, options); } };
`;

describe('dpia register --jobs: worker threads, the same register', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpia-register-jobs-'));
    for (const f of readdirSync(join(ROOT, 'templates', 'examples'))) copyFileSync(join(ROOT, 'templates', 'examples', f), join(dir, f));
    // Many small documents with many diagnostics, under a configuration of their own (other severities).
    mkdirSync(join(dir, 'rules'));
    for (const f of readdirSync(join(ROOT, 'test', 'fixtures', 'rules'))) if (f.endsWith('.md')) copyFileSync(join(ROOT, 'test', 'fixtures', 'rules', f), join(dir, 'rules', f));
    writeFileSync(join(dir, 'rules', '.dpia.yaml'), 'rules:\n  measure.overdue: error\n  acceptance.expired: warning\n');
    writeFileSync(join(dir, 'binary.dpia.md'), 'x\0y');
    writeFileSync(join(dir, 'spy.cjs'), SPY);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const dpia = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--require', join(dir, 'spy.cjs'), CLI, ...args, '--today', '2026-11-23'], { cwd: dir, encoding: 'utf8' });
    const lines = r.stderr.split('\n');
    return { status: r.status, out: r.stdout, workers: lines.filter((l) => l.startsWith('WORKER ')), err: lines.filter((l) => !l.startsWith('WORKER ')).join('\n') };
  };

  it('-j 2 starts two worker threads and prints byte for byte what -j 1 prints, in every format', () => {
    for (const format of ['json', 'csv', 'text', 'markdown']) {
      const one = dpia('register', '--format', format, '-j', '1');
      const two = dpia('register', '--format', format, '--jobs', '2');
      assert.deepEqual(one.workers, [], 'one thread: no worker');
      assert.deepEqual(two.workers, [WORKER, WORKER]);
      assert.equal(two.out, one.out, format);
      assert.equal(two.err, one.err, format);
      assert.equal(two.status, one.status, format);
    }
    const reg = JSON.parse(dpia('register', '--format', 'json', '-j', '2').out);
    assert.ok(reg.documents.length > 60, 'enough documents to share between the workers');
  });

  it('an unreadable file: exit 2 and its message once, the other documents still in the register', () => {
    for (const jobs of ['1', '2']) {
      const r = dpia('register', '--format', 'json', '-j', jobs);
      assert.equal(r.status, 2, jobs);
      assert.equal(r.err.match(/binary\.dpia\.md: binary file/g)?.length, 1, r.err);
      const reg = JSON.parse(r.out);
      assert.ok(!reg.documents.some((d: { path: string }) => d.path === 'binary.dpia.md'));
      assert.ok(reg.documents.some((d: { path: string }) => d.path === 'teams-onedrive-sharepoint.dpia.md'));
    }
  });

  it("each document's errors and warnings are those of dpia check, with its own configuration", () => {
    const reg = JSON.parse(dpia('register', '--format', 'json', '-j', '2').out) as { documents: { path: string; errors: number; warnings: number }[] };
    const check = JSON.parse(dpia('check', '--format', 'json', '-j', '2').out) as { files: { path: string; diagnostics: { severity: string }[] }[] };
    const counts = (ds: { severity: string }[]) => ({ errors: ds.filter((d) => d.severity === 'error').length, warnings: ds.filter((d) => d.severity === 'warning').length });
    const checked = new Map(check.files.map((f) => [f.path, counts(f.diagnostics)]));
    for (const d of reg.documents) assert.deepEqual({ errors: d.errors, warnings: d.warnings }, checked.get(d.path), d.path);
    assert.equal(reg.documents.length, check.files.length - 1, 'all but the unreadable file');
  });

  it('by default, one worker per core (at most 8) from 16 documents on', function () {
    const cores = Math.min(8, availableParallelism());
    if (cores < 2) this.skip();
    assert.equal(dpia('register', '--format', 'json').workers.length, cores);
    assert.deepEqual(dpia('register', '--format', 'json', 'rules/acceptance.expired.dpia.md', 'binary.dpia.md').workers, [], 'few documents: no worker');
  });
});
