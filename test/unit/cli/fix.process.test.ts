// Issue 14 "Fixing": `dpia check --fix` and `--fix-dry-run` on copies of fixtures in temp folders.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { applyEdits, fixAll, replacementEdit, selectSafeFixes, type Checked, type Diagnostic } from '../../../src/core/index';
import { LineIndex } from '../../../src/core/text/lines';
import { ROOT } from '../helpers';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const MISMATCH = ['---', 'type: dpia', 'title: T', '---', '', '```risk', 'id: R1', 'title: Stated too low', 'likelihood: high', 'impact: medium', 'level: medium', 'mitigations: [M365-DKE]', 'residual:', '  likelihood: low', '  impact: medium', '  level: hoog', '```', ''];

describe('dpia check --fix', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dpia-fix-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the safe fixes, says what it changed and reports only what remains', () => {
    writeFileSync(join(dir, 'a.dpia.md'), MISMATCH.join('\n'));
    const before = cli(dir, 'check', '--format', 'json', 'a.dpia.md');
    assert.deepEqual(JSON.parse(before.out).files[0].diagnostics.map((d: Diagnostic) => d.code).filter((c: string) => c === 'risk.level-mismatch'), ['risk.level-mismatch', 'risk.level-mismatch']);
    const r = cli(dir, 'check', '--fix', 'a.dpia.md');
    const text = readFileSync(join(dir, 'a.dpia.md'), 'utf8');
    assert.match(text, /\nlevel: high\n/);
    assert.match(text, /\n {2}level: low\n/);
    assert.equal(text, MISMATCH.join('\n').replace('level: medium', 'level: high').replace('  level: hoog', '  level: low'));
    assert.match(r.err, /^a\.dpia\.md: 2 fixes applied \(risk\.level-mismatch ×2\)$/m);
    assert.doesNotMatch(r.out, /risk\.level-mismatch/);
    assert.equal(r.code, 0, r.out + r.err);
  });

  it('is idempotent: a second run changes nothing and says nothing about fixes', () => {
    copyFileSync(join(FIXTURES, 'risk.level-mismatch.dpia.md'), join(dir, 'a.dpia.md'));
    cli(dir, 'check', '--fix', 'a.dpia.md');
    const once = readFileSync(join(dir, 'a.dpia.md'));
    const again = cli(dir, 'check', '--fix', 'a.dpia.md');
    assert.deepEqual(readFileSync(join(dir, 'a.dpia.md')), once);
    assert.doesNotMatch(again.err, /fix/);
    assert.notDeepEqual(once, readFileSync(join(FIXTURES, 'risk.level-mismatch.dpia.md')));
  });

  it('keeps a byte-order mark and CRLF line ends, and regenerates a stale risk table', () => {
    const text = '\uFEFF' + ['---', 'type: dpia', 'title: T', '---', '', '<!-- dpia:risk-table -->', 'old', '<!-- /dpia:risk-table -->', '', '```risk', 'id: R1', 'title: A', 'likelihood: high', 'impact: high', 'level: low', '```', ''].join('\r\n');
    writeFileSync(join(dir, 'a.dpia.md'), text);
    const r = cli(dir, 'check', '--fix', 'a.dpia.md');
    const after = readFileSync(join(dir, 'a.dpia.md'), 'utf8');
    assert.ok(after.startsWith('\uFEFF---\r\n'), JSON.stringify(after.slice(0, 10)));
    assert.doesNotMatch(after.replace(/\r\n/g, ''), /[\r\n]/, 'every line ends in CRLF');
    assert.match(after, /\r\nlevel: high\r\n/);
    assert.doesNotMatch(after, /\r\nold\r\n/);
    assert.match(r.err, /risk\.level-mismatch/);
    assert.match(r.err, /table\.stale/);
    assert.doesNotMatch(cli(dir, 'check', 'a.dpia.md').out, /table\.stale|risk\.level-mismatch/);
  });

  it('leaves fixes that need a choice (add a catalogue measure) to the user', () => {
    const text = ['---', 'type: dpia', 'title: T', '---', '', '```risk', 'id: R1', 'title: A', 'likelihood: high', 'impact: high', '```', ''].join('\n');
    writeFileSync(join(dir, 'a.dpia.md'), text);
    const r = cli(dir, 'check', '--fix', 'a.dpia.md');
    assert.equal(readFileSync(join(dir, 'a.dpia.md'), 'utf8'), text);
    assert.match(r.out, /risk\.unmitigated-high/);
    assert.equal(r.code, 1);
  });

  it('--fix-dry-run prints a unified diff and leaves the file byte-identical', () => {
    const bytes = Buffer.from('\uFEFF' + MISMATCH.join('\r\n'), 'utf8');
    writeFileSync(join(dir, 'a.dpia.md'), bytes);
    const r = cli(dir, 'check', '--fix-dry-run', 'a.dpia.md');
    assert.deepEqual(readFileSync(join(dir, 'a.dpia.md')), bytes);
    assert.match(r.out, /^--- a\/a\.dpia\.md/m);
    assert.match(r.out, /^\+\+\+ b\/a\.dpia\.md/m);
    assert.match(r.out, /^-level: medium\r$/m);
    assert.match(r.out, /^\+level: high\r$/m);
    assert.match(r.err, /2 fixes would be applied/);
    assert.doesNotMatch(r.out, /risk\.level-mismatch/, 'the report is of what would remain');
  });

  it('refuses --fix-dry-run with a machine-readable format, and --fix with --fix-dry-run', () => {
    assert.equal(cli(dir, 'check', '--fix-dry-run', '--format', 'json').code, 2);
    assert.equal(cli(dir, 'check', '--fix', '--fix-dry-run').code, 2);
  });
});

describe('fixAll (the core of --fix and the editor action)', () => {
  const diag = (code: string, line: number, from: number, to: number, newText: string, extra: { preferred?: boolean; choice?: 'add-mitigation'; snippet?: boolean } = { preferred: true }): Diagnostic => ({
    code,
    severity: 'error',
    message: code,
    block: null,
    range: { start: { line, character: from }, end: { line, character: to } },
    fixes: [{ title: code, edits: [{ range: { start: { line, character: from }, end: { line, character: to } }, newText }], ...extra }],
  });
  const checked = (diagnostics: Diagnostic[]): Checked => ({ diagnostics, resolve: (f) => f });

  it('never selects two overlapping edits in one pass; the second waits for the next', () => {
    const s = selectSafeFixes(checked([diag('a', 0, 0, 3, 'X'), diag('b', 0, 2, 5, 'Y'), diag('c', 0, 5, 6, 'Z'), diag('d', 0, 5, 5, 'W')]));
    assert.deepEqual(s.codes, ['a', 'c']);
  });

  it('skips fixes that are not preferred, need a choice, or are snippets the user fills in', () => {
    assert.deepEqual(selectSafeFixes(checked([diag('a', 0, 0, 1, 'X', {}), diag('b', 0, 2, 3, 'Y', { preferred: true, choice: 'add-mitigation' }), diag('c', 0, 4, 5, '${1|low,high|}', { preferred: true, snippet: true })])).codes, []);
    assert.deepEqual(selectSafeFixes(checked([diag('d', 0, 4, 5, 'Z', { preferred: true, snippet: false })])).codes, ['d']);
  });

  it('stops when fixes undo each other (a cycle) and after the pass limit', () => {
    // "ab" -> "ba" -> "ab": the checker always offers to swap.
    const swap = (t: string) => checked([diag('swap', 0, 0, 2, t.split('').reverse().join(''))]);
    const r = fixAll('ab', swap);
    assert.equal(r.end, 'cycle');
    assert.equal(r.text, 'ba');
    // Always one more character: never stable.
    const grow = (t: string) => checked([diag('grow', 0, t.length, t.length, 'x')]);
    const g = fixAll('', grow, 4);
    assert.equal(g.end, 'limit');
    assert.equal(g.text, 'xxxx');
    assert.equal(g.applied.get('grow'), 4);
  });

  it('replacementEdit: one edit from the first to the last difference, never inside a CRLF or a surrogate pair', () => {
    const cases: [string, string][] = [
      ['a\r\nb\r\n', 'a\r\nc\r\n'],
      ['a\r\n', 'a\r\r\n'],
      ['x\ud83d\ude00y', 'x\ud83d\ude01y'],
      ['same', 'same!'],
      ['abc', ''],
    ];
    for (const [from, to] of cases) {
      const index = new LineIndex(from);
      const e = replacementEdit(from, to, (o) => index.positionAt(o))!;
      assert.equal(applyEdits(from, [e]), to, JSON.stringify([from, to]));
    }
    assert.equal(replacementEdit('same', 'same', () => ({ line: 0, character: 0 })), undefined);
  });
});
