// The adversarial corpus (test/fixtures/adversarial/expected.yaml): each input through the core and
// through the CLI in a fresh process with a bounded heap, answered with the expected outcome. The
// timeouts here only catch a hang (generous, so a loaded machine cannot fail them); the 2 s budget
// per input is measured by `npm run bench` (scenario adversarial-slowest).
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { load } from 'js-yaml';
import { check } from '../../src/core/index';
import { FIXTURES, ROOT } from './helpers';

interface Case {
  file?: string;
  generate?: keyof typeof GENERATORS;
  why: string;
  core?: string[];
  counts?: Record<string, number>;
  cli: { exit: number; output: string; absent?: string[] };
}

/** Long enough for the 20 MB input on a busy machine; a hang still fails. */
const HANG_MS = 120_000;
const HEAP_MB = 256;
const TODAY = '2026-11-23';
const FRONT = '---\ntype: dpia\ntitle: Generated\nlanguage: en\n---\n\n';
const riskBlock = (i: number, high: boolean, extra = '') => `\`\`\`risk\nid: R${i}\ntitle: Risk ${i}\nlikelihood: ${high ? 'high' : 'low'}\nimpact: ${high ? 'high' : 'low'}\n${extra}\`\`\`\n`;

const GENERATORS = {
  /** 8,000 sections of about 2.5 KB: 20 MB, just under the CLI's 20 MiB limit. */
  'huge-20mb': () => {
    const prose = 'The processing of diagnostic data is described here in some detail for the reader. '.repeat(30);
    const parts = [FRONT];
    for (let i = 0; i < 8000; i++) parts.push(`## Risk ${i}\n\n${prose}\n\n${riskBlock(i, i % 7 === 0)}\n`);
    const text = parts.join('');
    assert.ok(text.length >= 20_000_000 && text.length < 20 * 1024 * 1024, `generated ${text.length} bytes`);
    return text;
  },
  'blocks-10000': () => FRONT + Array.from({ length: 10_000 }, (_, i) => riskBlock(i, i % 10 === 0)).join('\n'),
  'scalar-1mb': () => FRONT + riskBlock(1, false, `description: ${'personal data '.repeat(80_000).trim()}\n`),
  /** Issue 11, item 3: inputs that took seconds to minutes when a parser or renderer was quadratic. */
  'table-spaces-200k': () => `${FRONT}${riskBlock(1, false)}\n<!-- dpia:risk-table -->\n| Id | Risk |\n|-|${' '.repeat(200_000)}x\n<!-- /dpia:risk-table -->\n`,
  'title-spaces-200k': () => `${FRONT}<!-- dpia:risk-table -->\n<!-- /dpia:risk-table -->\n\n\`\`\`risk\nid: R1\ntitle: "a${' '.repeat(200_000)}b"\nlikelihood: low\nimpact: low\n\`\`\`\n`,
  'long-key-children': () => `${FRONT}\`\`\`risk\nid: R1\ntitle: t\nlikelihood: low\nimpact: low\n${'k'.repeat(100_000)}:\n${'  - a\n'.repeat(20_000)}\`\`\`\n`,
  /** 100,000 list markers on one line: 50,000 nested list items (the scanner recursed once per level). */
  'nested-list-markers': () => `${FRONT}${'- '.repeat(50_000)}x\n${'* - '.repeat(25_000)}\n\n${riskBlock(1, true)}`,
  'line-separators': () => `${FRONT}\`\`\`risk\nid: R1\ntitle: "a${' \u2028 #'.repeat(50_000)}"\nlikelihood: low\nimpact: low\n\`\`\`\n`,
};

const manifest = load(readFileSync(join(FIXTURES, 'adversarial', 'expected.yaml'), 'utf8')) as { cases: Case[] };

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

  const bytesOf = (c: Case): Buffer => (c.file ? readFileSync(join(FIXTURES, 'adversarial', c.file)) : Buffer.from(GENERATORS[c.generate!](), 'utf8'));
  const nameOf = (c: Case) => c.file ?? `${c.generate}.dpia.md`;

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
