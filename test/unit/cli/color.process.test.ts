// Issue 14 "Terminal": colour follows Node's conventions (util.styleText / getColorDepth): NO_COLOR,
// FORCE_COLOR, TERM=dumb, a terminal or not, and --color / --no-color.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const DOC = '---\ntype: dpia\ntitle: T\n---\n\n```risk\nid: R1\ntitle: A\nlikelihood: high\nimpact: high\nlevel: low\n```\n';
const ESC = /\x1b\[/;

describe('dpia check: colour', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpia-color-'));
    writeFileSync(join(dir, 'a.dpia.md'), DOC);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * A minimal environment, so the colour decision depends only on what each test sets: Node's colour
   * depth also reads CI, TMUX, COLORTERM, TEAMCITY_VERSION and more (CI=true alone gives two colours).
   */
  const env = (extra: Record<string, string>) => {
    const e: Record<string, string> = {};
    for (const k of ['PATH', 'HOME', 'LANG', 'SYSTEMROOT']) if (process.env[k] !== undefined) e[k] = process.env[k]!;
    return { ...e, ...extra };
  };
  /** Output to a pipe. */
  const piped = (extra: Record<string, string>, ...args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args, 'a.dpia.md'], { cwd: dir, env: env(extra), encoding: 'utf8' }).stdout;
  /** Output to a terminal: run under script(1), which gives the program a pseudo-terminal. */
  const onTty = (extra: Record<string, string>, ...args: string[]) => {
    const cmd = [process.execPath, CLI, 'check', ...args, 'a.dpia.md'].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: dir, env: env(extra), encoding: 'utf8' });
    assert.equal(r.error, undefined, 'script(1) from util-linux is needed to give the CLI a terminal');
    assert.match(r.stdout, /risk\.level-mismatch/);
    return r.stdout;
  };

  it('a terminal with colours gets colour; output to a pipe does not', () => {
    assert.match(onTty({ TERM: 'xterm-256color' }), ESC);
    assert.doesNotMatch(piped({ TERM: 'xterm-256color' }), ESC);
  });

  it('NO_COLOR and TERM=dumb switch colour off on a terminal', () => {
    assert.doesNotMatch(onTty({ TERM: 'xterm-256color', NO_COLOR: '1' }), ESC);
    assert.doesNotMatch(onTty({ TERM: 'dumb' }), ESC);
  });

  it('FORCE_COLOR colours output to a pipe; FORCE_COLOR=0 switches colour off on a terminal', () => {
    assert.match(piped({ FORCE_COLOR: '1' }), ESC);
    assert.match(piped({ FORCE_COLOR: '' }), ESC);
    assert.doesNotMatch(piped({ FORCE_COLOR: '0' }), ESC);
    assert.doesNotMatch(onTty({ TERM: 'xterm-256color', FORCE_COLOR: '0' }), ESC);
  });

  it('--color and --no-color decide over the environment', () => {
    assert.match(piped({}, '--color'), ESC);
    assert.match(piped({ NO_COLOR: '1' }, '--color'), ESC);
    assert.doesNotMatch(piped({ FORCE_COLOR: '1' }, '--no-color'), ESC);
    assert.doesNotMatch(onTty({ TERM: 'xterm-256color' }, '--no-color'), ESC);
  });

  it('machine-readable formats are never coloured', () => {
    assert.doesNotMatch(piped({ FORCE_COLOR: '3' }, '--format', 'json', '--color'), ESC);
  });
});
