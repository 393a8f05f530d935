// `dpia diff OLD NEW` and `dpia diff --since REV [FILE...]` (issue 17, part 2), with a real git
// repository in a temporary folder, and the errors a user meets: no repository, unknown revision,
// a file git does not know at that revision, no git at all.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const FIX = join(ROOT, 'test', 'fixtures', 'diff');

describe('dpia diff', function () {
  this.timeout(60_000);
  let dir: string;
  const run = (args: string[], env: NodeJS.ProcessEnv = process.env, cwd = dir) => spawnSync(process.execPath, [CLI, 'diff', '--today', '2026-03-01', ...args], { cwd, env, encoding: 'utf8' });
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpia-diff-'));
    mkdirSync(join(dir, 'docs'));
    copyFileSync(join(FIX, 'old.dpia.md'), join(dir, 'docs', 'teams.dpia.md'));
    copyFileSync(join(FIX, 'old.dtia.md'), join(dir, 'docs', 'teams.dtia.md'));
    writeFileSync(join(dir, 'notes.md'), 'not a DPIA\n');
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    copyFileSync(join(FIX, 'new.dpia.md'), join(dir, 'docs', 'teams.dpia.md'));
    copyFileSync(join(FIX, 'new.dtia.md'), join(dir, 'docs', 'teams.dtia.md'));
    writeFileSync(join(dir, 'notes.md'), 'still not a DPIA\n');
    writeFileSync(join(dir, 'docs', 'new.dpia.md'), '---\ntype: dpia\ntitle: Added since\n---\n\n```risk\nid: N1\ntitle: Fresh\nlikelihood: low\nimpact: low\n```\n');
    git('add', 'docs/new.dpia.md');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('OLD NEW: text with arrows, exit 0; --fail-on-increase exits 1 when a residual level went up', () => {
    const r = run([join(FIX, 'old.dpia.md'), join(FIX, 'new.dpia.md')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Risk register changes: Diff fixture$/m);
    assert.match(r.stdout, /R1 {2}Residual level: low → high ↑/);
    assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour into a pipe');
    assert.equal(run([join(FIX, 'old.dpia.md'), join(FIX, 'new.dpia.md'), '--fail-on-increase']).status, 1);
    assert.equal(run([join(FIX, 'new.dpia.md'), join(FIX, 'new.dpia.md'), '--fail-on-increase']).status, 0, 'no change, no increase');
  });

  it('--since REV FILE reads the old version from git, from any working folder', () => {
    const r = run(['--since', 'HEAD', 'teams.dpia.md', '-f', 'json'], process.env, join(dir, 'docs'));
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.files.length, 1);
    assert.equal(out.files[0].path, 'teams.dpia.md');
    assert.equal(out.files[0].source, 'HEAD:teams.dpia.md → teams.dpia.md');
    assert.ok(out.files[0].changes.some((c: { kind: string; subject: string }) => c.kind === 'risk.renamed' && c.subject === 'R2'));
  });

  it('--since REV without files compares every DPIA/DTIA changed since REV (an added one as all new), and Markdown for a pull request', () => {
    const r = run(['--since', 'main', '-f', 'markdown']);
    assert.equal(r.status, 0, r.stderr);
    const headings = r.stdout.match(/^### .*$/gm) ?? [];
    assert.deepEqual(headings.sort(), ['### Risk register changes: Added since', '### Risk register changes: Diff fixture', '### Wijzigingen in het risicoregister: Diff fixture (transfers)']);
    assert.match(r.stdout, /^main\\:docs\/new\.dpia\.md → docs\/new\.dpia\.md$/m);
    assert.match(r.stdout, /\| N1 Fresh \| Risk added \| {2}\| low \|/);
    assert.doesNotMatch(r.stdout, /notes\.md/);
  });

  it('-o writes the diff atomically and prints nothing on stdout', () => {
    const r = run(['--since', 'HEAD', 'docs/teams.dtia.md', '-f', 'markdown', '-o', 'diff.md']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(readFileSync(join(dir, 'diff.md'), 'utf8'), /Doorgifte toegevoegd/);
  });

  it('clear one-line errors, exit 2: unknown revision, a file git does not know there, no repository, no git, bad usage', () => {
    const one = (r: ReturnType<typeof run>, re: RegExp) => {
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, re);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    };
    one(run(['--since', 'no-such-branch', 'docs/teams.dpia.md']), /^dpia: git: .*no-such-branch/);
    one(run(['--since', 'HEAD', 'docs/new.dpia.md']), /^dpia: git: .*(does not exist|exists on disk, but not in)/);
    const outside = mkdtempSync(join(tmpdir(), 'dpia-diff-norepo-'));
    try {
      copyFileSync(join(FIX, 'new.dpia.md'), join(outside, 'a.dpia.md'));
      one(run(['--since', 'HEAD', 'a.dpia.md'], process.env, outside), /^dpia: git: not a git repository/);
      one(run(['--since', 'HEAD', 'a.dpia.md'], { ...process.env, PATH: '/nonexistent' }, outside), /^dpia: --since needs git, which was not found on PATH/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    // Usage errors: the reason, then a pointer to the help.
    const usage = (r: ReturnType<typeof run>, re: RegExp) => {
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, re);
      assert.match(r.stderr, /\nTry "dpia diff --help"\.\n$/);
    };
    usage(run(['--since=--output=/tmp/x', 'docs/teams.dpia.md']), /--since needs a git revision/);
    usage(run(['--since', '--output=/tmp/x', 'docs/teams.dpia.md']), /^dpia: Option '--since' argument is ambiguous\.\n/);
    usage(run(['only-one.dpia.md']), /dpia diff needs OLD and NEW/);
    one(run([join(FIX, 'old.dpia.md'), 'missing.dpia.md']), /missing\.dpia\.md/);
  });
});
