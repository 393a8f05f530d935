// The adversarial corpus (test/fixtures/adversarial/expected.yaml): each input through the core and
// through the CLI in a fresh process with a bounded heap, answered with the expected outcome. The
// timeouts here only catch a hang (generous, so a loaded machine cannot fail them); the 2 s budget
// per input is measured by `npm run bench` (scenario adversarial-slowest).
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { check } from '../../src/core/index';
import { FIXTURES, ROOT } from './helpers';
import { adversarialBytes, adversarialCases, adversarialName, type Case } from '../support/adversarial-inputs';

/** Long enough for the 20 MB input on a busy machine; a hang still fails. */
const HANG_MS = 120_000;
const HEAP_MB = 256;
const TODAY = '2026-11-23';
const CORPUS = join(FIXTURES, 'adversarial');
const manifest = { cases: adversarialCases(CORPUS) };

const located = (text: string, uri: string) => check(text, { uri, today: TODAY }).map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();

describe('adversarial corpus: located diagnostics or a clear error, no crash, no hang, no code execution', () => {
  let dir: string;
  const inputs = new Map<Case, Buffer>();
  // Inputs are read or generated (and written for the CLI) before any clock starts.
  before(function () {
    this.timeout(60_000);
    dir = mkdtempSync(join(tmpdir(), 'dpia-adversarial-'));
    for (const c of manifest.cases) {
      inputs.set(c, bytesOf(c));
      writeFileSync(join(dir, nameOf(c)), inputs.get(c)!);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const bytesOf = (c: Case): Buffer => adversarialBytes(CORPUS, c);
  const nameOf = adversarialName;

  for (const c of manifest.cases) {
    it(`${nameOf(c)} in the core: ${c.why}`, function () {
      this.timeout(HANG_MS);
      const bytes = inputs.get(c)!;
      // The text an editor would show: invalid bytes become U+FFFD.
      const got = located(new TextDecoder('utf-8').decode(bytes), nameOf(c));
      if (c.core) assert.deepEqual(got, [...c.core].sort());
      for (const [code, n] of Object.entries(c.counts ?? {})) assert.equal(got.filter((g) => g.startsWith(code + '@')).length, n, code);
      assert.equal((globalThis as { PWNED?: boolean }).PWNED, undefined, 'no YAML ran as code');
    });

    it(`${nameOf(c)} through the CLI (${HEAP_MB} MB heap): exit ${c.cli.exit}`, function () {
      const path = join(dir, nameOf(c));
      this.timeout(HANG_MS + 10_000);
      const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, join(ROOT, 'dist', 'cli.js'), 'check', '--today', TODAY, path], { cwd: dir, encoding: 'utf8', timeout: HANG_MS, maxBuffer: 1 << 26 });
      assert.equal(r.error, undefined, `the CLI did not answer within ${HANG_MS} ms: ${r.error?.message}`);
      assert.doesNotMatch(r.stderr, /internal error|heap out of memory|FATAL/i);
      assert.equal(r.status, c.cli.exit, r.stderr + r.stdout.slice(0, 2000));
      assert.ok((r.stdout + r.stderr).includes(c.cli.output), `expected "${c.cli.output}" in:\n${(r.stdout + r.stderr).slice(-2000)}`);
      for (const a of c.cli.absent ?? []) assert.ok(!(r.stdout + r.stderr).includes(a), `"${JSON.stringify(a)}" must not appear in the output`);
      assert.ok(!existsSync(join(dir, 'pwned.txt')), 'no YAML ran as code');
    });
  }
});
