// Issue 11, item 4: every write is atomic, keeps the BOM and line ends, never goes through a link or
// onto its input, and a failed write is one line with exit code 2 and an untouched original.
import * as assert from 'node:assert/strict';
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { run } from '../../../src/cli/main';
import { writeFileAtomic, WriteError } from '../../../src/node/atomic-write';
import { ROOT } from '../helpers';

const LIMIT_MS = 30_000;
const risks = (n: number, eol: string) =>
  ['---', 'type: dpia', 'title: T', '---', '', '# Risks', '', '<!-- dpia:risk-table -->', '<!-- /dpia:risk-table -->', '']
    .concat(...Array.from({ length: n }, (_, i) => ['```risk', `id: R${i}`, `title: Risk ${i}`, 'likelihood: low', 'impact: low', '```', '']))
    .join(eol);
const diskFull = () => {
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
};

function dpia(cwd: string, args: string[], extra: { write?: (fd: number, b: Uint8Array) => void } = {}) {
  let out = '';
  let err = '';
  const code = run(args, { cwd, out: (s) => (out += s), err: (s) => (err += s), isTty: false, env: {}, ...extra });
  assert.equal(typeof code, 'number');
  return { code: code as number, out, err };
}

function cli(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', timeout: LIMIT_MS });
  assert.equal(r.error, undefined, `no answer within ${LIMIT_MS} ms`);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('writes (issue 11)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dpia-writes-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const onlyFiles = (...names: string[]) => assert.deepEqual(readdirSync(dir).sort(), names.sort(), 'no temporary file left behind');

  it('writeFileAtomic: a failing write (full disk) leaves the original byte-identical and no temporary file', () => {
    const f = join(dir, 'a.txt');
    writeFileSync(f, 'original\r\n');
    assert.throws(() => writeFileAtomic(f, 'new content', { write: diskFull }), (e: unknown) => e instanceof WriteError && /^cannot write .*a\.txt: no space left on the device; the file was not changed$/.test(e.message));
    assert.equal(readFileSync(f, 'utf8'), 'original\r\n');
    onlyFiles('a.txt');
    writeFileAtomic(f, 'new content');
    assert.equal(readFileSync(f, 'utf8'), 'new content');
    onlyFiles('a.txt');
  });

  it('dpia table --write on a full disk: exit 2, one line, no stack trace, the DPIA unchanged', () => {
    const f = join(dir, 'big.dpia.md');
    const before = Buffer.from(risks(600, '\n'));
    writeFileSync(f, before);
    const r = dpia(dir, ['table', '--write', 'big.dpia.md'], { write: diskFull });
    assert.equal(r.code, 2);
    assert.match(r.err, /^dpia: cannot write .*big\.dpia\.md: no space left on the device; the file was not changed\n$/);
    assert.ok(readFileSync(f).equals(before), 'byte-identical');
    onlyFiles('big.dpia.md');
  });

  for (const [name, eol] of [['CR-only', '\r'], ['CRLF', '\r\n'], ['LF', '\n']] as const) {
    it(`dpia table --write keeps the BOM and ${name} line ends byte for byte outside the table`, () => {
      const f = join(dir, 'a.dpia.md');
      const before = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(risks(3, eol))]);
      writeFileSync(f, before);
      assert.equal(dpia(dir, ['table', '--write', 'a.dpia.md']).code, 0);
      const after = readFileSync(f);
      const start = before.indexOf('<!-- dpia:risk-table -->') + '<!-- dpia:risk-table -->'.length;
      const end = before.indexOf('<!-- /dpia:risk-table -->');
      assert.ok(after.subarray(0, start).equals(before.subarray(0, start)), 'prefix (with the BOM) unchanged');
      const tail = before.subarray(end);
      assert.ok(after.subarray(after.length - tail.length).equals(tail), 'suffix unchanged');
      const table = after.subarray(start, after.length - tail.length).toString('utf8');
      assert.match(table, /\| R2 \|/);
      const ends = table.match(/\r\n|\r|\n/g) ?? [];
      assert.ok(ends.length > 3 && ends.every((e) => e === eol), `the table uses ${JSON.stringify(eol)} only`);
      assert.equal(dpia(dir, ['table', '--write', 'a.dpia.md']).err, 'dpia: a.dpia.md: the risk table is up to date\n');
    });
  }

  it('dpia table --write refuses a symbolic link and leaves its target alone', () => {
    const target = join(dir, 'real.dpia.md');
    writeFileSync(target, risks(1, '\n'));
    symlinkSync('real.dpia.md', join(dir, 'link.dpia.md'));
    const r = dpia(dir, ['table', '--write', 'link.dpia.md']);
    assert.equal(r.code, 2);
    assert.match(r.err, /refusing to write .*link\.dpia\.md: it is a symbolic link/);
    assert.equal(readFileSync(target, 'utf8'), risks(1, '\n'));
  });

  it('dpia pdf never writes through a symbolic link nor onto its input (symlink or hard link)', function () {
    this.timeout(4 * LIMIT_MS);
    const input = risks(1, '\n');
    writeFileSync(join(dir, 'a.dpia.md'), input);
    writeFileSync(join(dir, 'victim.txt'), 'keep me');
    symlinkSync('victim.txt', join(dir, 'a.dpia.pdf'));
    let r = cli(dir, ['pdf', 'a.dpia.md']);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /^dpia: refusing to write .*a\.dpia\.pdf: it is a symbolic link\n$/);
    assert.equal(readFileSync(join(dir, 'victim.txt'), 'utf8'), 'keep me');
    symlinkSync('a.dpia.md', join(dir, 'same.pdf'));
    linkSync(join(dir, 'a.dpia.md'), join(dir, 'hard.pdf'));
    r = cli(dir, ['pdf', 'a.dpia.md', '-o', 'same.pdf']);
    assert.equal(r.code, 2);
    assert.match(r.err, /symbolic link/);
    r = cli(dir, ['pdf', 'a.dpia.md', '-o', 'hard.pdf']);
    assert.equal(r.code, 2);
    assert.match(r.err, /^dpia: refusing to write .*hard\.pdf: it is the input file \(or a link to it\)\n$/);
    assert.equal(readFileSync(join(dir, 'a.dpia.md'), 'utf8'), input);
    r = cli(dir, ['pdf', 'a.dpia.md', '-o', 'out.pdf']);
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(join(dir, 'out.pdf')).subarray(0, 5).toString(), '%PDF-');
    assert.ok(!readdirSync(dir).some((n) => n.endsWith('.tmp')), 'no temporary file left behind');
    assert.ok(existsSync(join(dir, 'hard.pdf')));
  });
});
