// Issue 11, items 1, 2 and 8 through the built CLI: FIFOs, devices and symbolic links are created
// here at run time (git cannot hold FIFOs). Every run has a time limit that fails the test instead
// of hanging the suite, and no output may quote a file the document had no business reading.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const LIMIT_MS = 20_000;
const SECRET = '[db]\nuser = admin\npassword: "hunter2\ntoken = s3cr3t-value\n';
const LEAKS = ['hunter2', 's3cr3t', 'root:', 'daemon:', '[db]'];
const doc = (fm: string) => `---\ntype: dpia\ntitle: Hostile\nlanguage: en\n${fm}---\n\n\`\`\`risk\nid: R1\ntitle: t\nlikelihood: low\nimpact: low\n\`\`\`\n`;

function dpia(cwd: string, args: string[], limit = LIMIT_MS) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: limit, maxBuffer: 1 << 24 });
  assert.equal(r.error, undefined, `dpia ${args.join(' ')} did not answer within ${limit} ms (${r.error?.message})`);
  assert.doesNotMatch(r.stderr, /internal error|heap out of memory|\n\s+at /);
  return { code: r.status, out: r.stdout, err: r.stderr, all: r.stdout + r.stderr };
}

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  assert.equal(r.status, 0, `mkfifo ${path}: ${r.stderr}`);
}

const noLeak = (s: string) => {
  for (const leak of LEAKS) assert.ok(!s.includes(leak), `output quotes "${leak}":\n${s}`);
};

describe('hostile resources and folders (issue 11)', function () {
  let top: string;
  let dir: string;
  before(function () {
    if (process.platform === 'win32') this.skip();
  });
  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'dpia-hostile-'));
    dir = join(top, 'repo');
    mkdirSync(dir);
    writeFileSync(join(top, 'secret.yaml'), SECRET);
  });
  afterEach(() => rmSync(top, { recursive: true, force: true }));

  it('front-matter resources that are FIFOs, devices, absolute, escaping or linked out are refused, located and not quoted', function () {
    this.timeout(3 * LIMIT_MS);
    mkfifo(join(dir, 'fifo.yaml'));
    symlinkSync(join(dir, 'fifo.yaml'), join(dir, 'to-fifo.yaml'));
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    symlinkSync('../secret.yaml', join(dir, 'out.yaml'));
    writeFileSync(join(dir, 'creds.yaml'), SECRET);
    writeFileSync(join(dir, 'a.dpia.md'), doc('matrix: ./zero.yaml\ncatalogues:\n  - ./fifo.yaml\n  - ./to-fifo.yaml\n  - /etc/passwd\n  - ./out.yaml\n  - ../secret.yaml\n  - ./creds.yaml\n'));
    writeFileSync(join(dir, 'b.dpia.md'), doc('matrix: ../../../../etc/passwd\n'));
    for (const format of ['text', 'json', 'sarif']) {
      const r = dpia(dir, ['check', '--format', format, '.']);
      assert.equal(r.code, 1, r.all);
      noLeak(r.all);
      if (format !== 'text') continue;
      const lines = r.out.split('\n');
      const on = (n: number) => lines.find((l) => l.startsWith(`a.dpia.md:${n}:`)) ?? '';
      assert.match(on(5), /matrix\.invalid cannot read matrix file "\.\/zero\.yaml": outside the allowed folder/);
      assert.match(on(7), /catalogue\.invalid cannot read catalogue "\.\/fifo\.yaml": not a regular file/);
      assert.match(on(8), /catalogue\.invalid cannot read catalogue "\.\/to-fifo\.yaml": not a regular file/);
      assert.match(on(9), /catalogue\.invalid cannot read catalogue "\/etc\/passwd": absolute paths are not allowed/);
      assert.match(on(10), /catalogue\.invalid cannot read catalogue "\.\/out\.yaml": outside the allowed folder/);
      assert.match(on(11), /catalogue\.invalid cannot read catalogue "\.\.\/secret\.yaml": outside the allowed folder/);
      assert.match(on(12), /catalogue\.invalid catalogue "\.\/creds\.yaml" is invalid: line \d+, column \d+: [a-z ,]+$/);
      assert.match(r.out, /^b\.dpia\.md:5:9 error matrix\.invalid cannot read matrix file "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd": outside the allowed folder/m);
    }
    // The same in worker threads (two documents, --jobs 2): each worker reads with the file's root.
    const serial = dpia(dir, ['check', '--jobs', '1', '.']);
    const threaded = dpia(dir, ['check', '--jobs', '2', '.']);
    assert.equal(threaded.out, serial.out);
  });

  it('folder walking never follows links and never opens FIFOs or devices', function () {
    this.timeout(3 * LIMIT_MS);
    writeFileSync(join(dir, 'real.dpia.md'), doc(''));
    mkfifo(join(dir, 'fifo.dpia.md'));
    symlinkSync('/dev/zero', join(dir, 'zero.dpia.md'));
    symlinkSync('/dev/urandom', join(dir, 'random.md'));
    symlinkSync('..', join(dir, 'loop'));
    writeFileSync(join(top, 'outside.dpia.md'), doc(''));
    symlinkSync('../outside.dpia.md', join(dir, 'out.dpia.md'));
    for (const args of [['check', '.'], ['check', '**/*.md'], ['check', '--jobs', '2', '.']]) {
      const r = dpia(dir, args);
      assert.equal(r.code, 0, r.all);
      assert.match(r.out, /^1 file checked: 0 errors/m, args.join(' '));
    }
  });

  it('a FIFO or device named on the command line is refused with a clear error, not read', function () {
    this.timeout(2 * LIMIT_MS);
    mkfifo(join(dir, 'named.dpia.md'));
    let r = dpia(dir, ['check', 'named.dpia.md']);
    assert.equal(r.code, 2);
    assert.match(r.err, /named\.dpia\.md: not a regular file \(a FIFO, socket or device\); refused/);
    r = dpia(dir, ['check', '/dev/zero']);
    assert.equal(r.code, 2);
    assert.match(r.err, /\/dev\/zero: not a regular file/);
  });

  it('dpia check /proc terminates', function () {
    if (process.platform !== 'linux') this.skip();
    this.timeout(3 * LIMIT_MS);
    const r = dpia(dir, ['check', '--jobs', '1', '/proc'], 2 * LIMIT_MS);
    assert.ok(r.code === 0 || r.code === 2, r.all);
  });

  it('an unreadable, escaping or invalid --catalogue/--matrix is a usage error located as file:line:column', function () {
    this.timeout(6 * LIMIT_MS);
    writeFileSync(join(dir, 'a.dpia.md'), doc(''));
    writeFileSync(join(dir, 'creds.yaml'), SECRET);
    writeFileSync(join(dir, 'bad.yaml'), 'measures:\n  - id: X1\n    party: vendor\n');
    mkfifo(join(dir, 'fifo.yaml'));
    const cases: [string[], RegExp][] = [
      [['--catalogue', 'bad.yaml'], /--catalogue bad\.yaml:2:5: missing required key `title`/],
      [['--catalogue', 'creds.yaml'], /--catalogue creds\.yaml:\d+:\d+: [a-z ,]+\n/],
      [['--catalogue', 'fifo.yaml'], /--catalogue fifo\.yaml: not a regular file/],
      [['--catalogue', '../secret.yaml'], /--catalogue \.\.\/secret\.yaml: outside the allowed folder/],
      [['--catalogue', '/etc/passwd'], /--catalogue \/etc\/passwd: outside the allowed folder/],
      [['--matrix', 'creds.yaml'], /--matrix creds\.yaml:\d+:\d+: [a-z ,]+\n/],
      [['--matrix', '../secret.yaml'], /--matrix \.\.\/secret\.yaml: outside the allowed folder/],
    ];
    for (const [args, expected] of cases) {
      const r = dpia(dir, ['check', ...args, 'a.dpia.md']);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.all}`);
      assert.match(r.err, expected);
      noLeak(r.all);
    }
  });

  it('the config file: its catalogues stay in its folder, invalid ones are located, a link out is refused', function () {
    this.timeout(4 * LIMIT_MS);
    writeFileSync(join(dir, 'a.dpia.md'), doc(''));
    writeFileSync(join(dir, 'bad.yaml'), 'measures:\n  - id: X1\n    party: vendor\n');
    writeFileSync(join(dir, '.dpia.yaml'), 'catalogues: [./bad.yaml]\n');
    let r = dpia(dir, ['check', 'a.dpia.md']);
    assert.equal(r.code, 2);
    assert.match(r.err, /catalogue \(in .*\.dpia\.yaml\) \.\/bad\.yaml:2:5: missing required key `title`/);
    writeFileSync(join(dir, '.dpia.yaml'), 'catalogues: [../secret.yaml]\n');
    r = dpia(dir, ['check', 'a.dpia.md']);
    assert.equal(r.code, 2);
    assert.match(r.err, /\.\.\/secret\.yaml: outside the allowed folder/);
    rmSync(join(dir, '.dpia.yaml'));
    symlinkSync('../secret.yaml', join(dir, '.dpia.yaml'));
    r = dpia(dir, ['check', 'a.dpia.md']);
    assert.equal(r.code, 2);
    assert.match(r.err, /outside the allowed folder/);
    noLeak(r.all);
    rmSync(join(dir, '.dpia.yaml'));
    writeFileSync(join(dir, '.dpia.yaml'), 'rules:\n  hunter2.secret: off\n');
    r = dpia(dir, ['check', 'a.dpia.md']);
    assert.equal(r.code, 2);
    assert.match(r.err, /\.dpia\.yaml:2:3: unknown rule code/);
    noLeak(r.all);
  });

  it('a catalogue in the config folder is read for documents below it', function () {
    this.timeout(LIMIT_MS);
    mkdirSync(join(dir, 'docs'));
    mkdirSync(join(dir, 'catalogues'));
    writeFileSync(join(dir, '.dpia.yaml'), '{}\n');
    writeFileSync(join(dir, 'catalogues', 'ours.yaml'), 'measures:\n  - id: ORG-LOGS\n    party: organisation\n    title: {en: Logs, nl: Logs}\n    source: {report: Audit, date: 2026-01-01, section: F4}\n');
    writeFileSync(join(dir, 'docs', 'a.dpia.md'), doc('catalogues: [../catalogues/ours.yaml]\n').replace('impact: low\n', 'impact: low\nmitigations: [ORG-LOGS]\n'));
    const r = dpia(dir, ['check', 'docs/a.dpia.md']);
    // ORG-LOGS is known: the catalogue was read (else measure.unknown, exit 1).
    assert.equal(r.code, 0, r.all);
  });
});
