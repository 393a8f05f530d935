// Each subcommand takes its own options: others are usage errors (exit 2); `dpia X --help` shows X's.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';
import { SUBCOMMANDS, SUBCOMMAND_NAMES } from '../../../src/cli/options';

const DOC = `---\ntype: dpia\ntitle: T\n---\n\n# T\n\n\`\`\`risk\nid: R1\ntitle: Fine\nlikelihood: low\nimpact: low\n\`\`\`\n`;

function dpia(cwd: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { cwd, out: (s) => (out += s), err: (s) => (err += s), isTty: false, env: {} });
  assert.equal(typeof code, 'number');
  return { code: code as number, out, err };
}

describe('dpia subcommands: one option table each', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpia-subcommands-'));
    writeFileSync(join(dir, 'a.dpia.md'), DOC);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('dpia check --write: exit 2, says which subcommand takes it, nothing written or checked', () => {
    const r = dpia(dir, 'check', '--write', 'a.dpia.md');
    assert.equal(r.code, 2);
    assert.equal(r.err, 'dpia: --write is not an option of dpia check; only dpia table takes it\nTry "dpia check --help".\n');
    assert.equal(r.out, '');
    assert.equal(readFileSync(join(dir, 'a.dpia.md'), 'utf8'), DOC);
  });

  it('dpia table --format sarif and dpia rules --today X: exit 2 with the subcommands that take them', () => {
    const t = dpia(dir, 'table', 'a.dpia.md', '--format', 'sarif');
    assert.equal(t.code, 2);
    assert.match(t.err, /^dpia: --format is not an option of dpia table; dpia check, dpia register and dpia diff take it\nTry "dpia table --help"\.\n$/);
    const r = dpia(dir, 'rules', '--today', 'X');
    assert.equal(r.code, 2);
    assert.match(r.err, /--today is not an option of dpia rules; dpia check, dpia table, dpia pdf, dpia export, dpia register and dpia diff take it/);
    assert.equal(r.out, '', 'the rules are not listed');
  });

  it('an option no subcommand knows points at the help of the subcommand given, else at the overview', () => {
    assert.equal(dpia(dir, 'table', 'a.dpia.md', '--wrte').err, 'dpia: unknown option --wrte\nTry "dpia table --help".\n');
    assert.equal(dpia(dir, '--wrte').err, 'dpia: unknown option --wrte\nTry "dpia --help".\n');
  });

  it('the invocations that were valid still work', () => {
    assert.equal(dpia(dir, 'a.dpia.md').code, 0);
    assert.equal(dpia(dir, '--format', 'json', 'a.dpia.md').code, 0);
    assert.equal(dpia(dir, 'check', '--today', '2026-01-01', '--no-dates', '--lang', 'nl', '-j', '1').code, 0);
    assert.match(dpia(dir, 'table', 'a.dpia.md', '--today', '2026-01-01', '--matrix', 'rijksdienst').out, /\| R1 \|/);
    assert.match(dpia(dir, 'rules').out, /^risk\.unmitigated-high +error /m);
  });

  for (const name of SUBCOMMAND_NAMES)
    it(`dpia ${name} --help prints its usage and exactly its options`, () => {
      const r = dpia(dir, name, '--help');
      assert.equal(r.code, 0);
      assert.ok(r.out.startsWith(`Usage: ${SUBCOMMANDS[name].usage}\n`), r.out.slice(0, 80));
      const shown = [...r.out.matchAll(/^ {2}(?:-\w, | {4})--([\w-]+)/gm)].map((m) => m[1]).sort();
      assert.deepEqual(shown, [...Object.keys(SUBCOMMANDS[name].options), 'debug', 'help', 'version'].sort());
    });

  it('dpia --help is the overview of the subcommands, not the options of one', () => {
    const r = dpia(dir, '--help');
    for (const name of SUBCOMMAND_NAMES) assert.ok(r.out.includes(SUBCOMMANDS[name].usage), name);
    assert.doesNotMatch(r.out, /--max-warnings N|--write/);
  });
});
