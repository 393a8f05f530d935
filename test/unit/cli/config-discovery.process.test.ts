// Issue 14a through the built CLI: the nearest .dpia.yaml applies to each document, an invalid one is
// a located error (exit 2, one line), folder searches honour .gitignore/.dpiaignore/--ignore, and `-`
// reads a document from stdin.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const LIMIT_MS = 20_000;
// A high risk without mitigation: risk.unmitigated-high (an error by default).
const HIGH = (id: string) => `---\ntype: dpia\ntitle: T\nlanguage: en\n---\n\n\`\`\`risk\nid: ${id}\ntitle: Bad\nlikelihood: high\nimpact: high\n\`\`\`\n`;
const CLEAN = `---\ntype: dpia\ntitle: T\nlanguage: en\n---\n\n\`\`\`risk\nid: R1\ntitle: Fine\nlikelihood: low\nimpact: low\n\`\`\`\n`;

function dpia(cwd: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: LIMIT_MS, input, maxBuffer: 1 << 24 });
  assert.equal(r.error, undefined, `dpia ${args.join(' ')} did not answer (${r.error?.message})`);
  assert.doesNotMatch(r.stderr, /internal error/);
  return { code: r.status, out: r.stdout, err: r.stderr, all: r.stdout + r.stderr };
}

/** Path → codes and severities, from `--format json`. */
function verdict(out: string): Record<string, string[]> {
  const json = JSON.parse(out) as { files: { path: string; diagnostics: { code: string; severity: string }[] }[] };
  return Object.fromEntries(json.files.map((f) => [f.path, f.diagnostics.map((d) => `${d.code}:${d.severity}`)]));
}

describe('dpia check: configuration files, ignore files and stdin (issue 14a)', function () {
  this.timeout(4 * LIMIT_MS);
  let dir: string;
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dpia-config-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('each document gets the nearest .dpia.yaml from its folder upwards; nearer files replace farther ones', () => {
    write('.git/HEAD', 'ref: refs/heads/main\n');
    write('.dpia.yaml', 'rules:\n  risk.unmitigated-high: warning\n');
    write('top.dpia.md', HIGH('R1'));
    write('team/.dpia.yaml', 'rules:\n  risk.unmitigated-high: info\n');
    write('team/a.dpia.md', HIGH('R2'));
    write('team/deep/b.dpia.md', HIGH('R3'));
    write('other/c.dpia.md', HIGH('R4'));
    const expected = {
      'top.dpia.md': ['risk.unmitigated-high:warning'],
      'team/a.dpia.md': ['risk.unmitigated-high:info'],
      'team/deep/b.dpia.md': ['risk.unmitigated-high:info'],
      'other/c.dpia.md': ['risk.unmitigated-high:warning'],
    };
    const r = dpia(dir, ['check', '--format', 'json']);
    assert.equal(r.code, 0, r.all);
    assert.deepEqual(verdict(r.out), expected);
    // The same from a subfolder (the repository root bounds the search, not the working folder) and with worker threads.
    const sub = dpia(join(dir, 'team'), ['check', '--format', 'json', '.']);
    assert.deepEqual(verdict(sub.out), { 'a.dpia.md': ['risk.unmitigated-high:info'], 'deep/b.dpia.md': ['risk.unmitigated-high:info'] });
    const up = dpia(join(dir, 'team', 'deep'), ['check', '--format', 'json', '../../top.dpia.md']);
    assert.deepEqual(verdict(up.out), { [join(dir, 'top.dpia.md')]: ['risk.unmitigated-high:warning'] });
    assert.deepEqual(verdict(dpia(dir, ['check', '--format', 'json', '--jobs', '3']).out), expected);
    // --config applies one file to every document; --rule is on top of whichever applies.
    write('strict.yaml', 'rules:\n  risk.unmitigated-high: error\n');
    assert.deepEqual(new Set(Object.values(verdict(dpia(dir, ['check', '--format', 'json', '--config', 'strict.yaml']).out)).flat()), new Set(['risk.unmitigated-high:error']));
    assert.deepEqual(new Set(Object.values(verdict(dpia(dir, ['check', '--format', 'json', '--rule', 'risk.unmitigated-high=hint']).out)).flat()), new Set(['risk.unmitigated-high:hint']));
  });

  it('an invalid configuration file is one located line, exit 2, wherever it is', () => {
    write('.git/HEAD', 'x\n');
    write('ok.dpia.md', CLEAN);
    const cases: [string, RegExp][] = [
      ['rules:\n  risk.unmitigated-high: loud\n', /^dpia: config team\/\.dpia\.yaml:2:26: expected a severity: error, warning, info, hint, off\n$/],
      ['rules:\n  no.such-rule: off\n', /^dpia: config team\/\.dpia\.yaml:2:3: unknown rule code; expected a code listed by `dpia rules`\n$/],
      ['rule:\n  risk.unmitigated-high: off\n', /^dpia: config team\/\.dpia\.yaml:1:1: unknown key; expected one of rules, matrix, catalogues, max-warnings\n$/],
      ['catalogues: ours.yaml\n', /^dpia: config team\/\.dpia\.yaml:1:13: expected a list of catalogue files\n$/],
      ['max-warnings: -1\n', /^dpia: config team\/\.dpia\.yaml:1:15: expected a whole number of 0 or more\n$/],
      ['rules: [\n', /^dpia: config team\/\.dpia\.yaml:2:1: [a-z ,]+\n$/],
    ];
    write('team/a.dpia.md', CLEAN);
    for (const [text, expected] of cases) {
      write('team/.dpia.yaml', text);
      const r = dpia(dir, ['check']);
      assert.equal(r.code, 2, `${text}: ${r.all}`);
      assert.match(r.err, expected, text);
      assert.equal(r.out, '');
    }
    // A valid nested file checks again.
    write('team/.dpia.yaml', 'max-warnings: 0\n');
    assert.equal(dpia(dir, ['check']).code, 0);
  });

  it('.gitignore is honoured by default (nested ones too), --no-gitignore switches it off, .dpiaignore and --ignore add, negation takes back', () => {
    write('.git/HEAD', 'x\n');
    write('.gitignore', 'build/\n*.draft.dpia.md\n');
    write('build/out.dpia.md', HIGH('R1'));
    write('build/keep.dpia.md', HIGH('R2'));
    write('docs/a.draft.dpia.md', HIGH('R3'));
    write('docs/b.dpia.md', CLEAN);
    write('docs/.gitignore', 'secret/\n');
    write('docs/secret/s.dpia.md', HIGH('R4'));
    write('vendor/v.dpia.md', HIGH('R5'));
    write('.dpiaignore', 'vendor/\n');
    const files = (args: string[]) => Object.keys(verdict(dpia(dir, ['check', '--format', 'json', ...args]).out)).sort();
    assert.deepEqual(files([]), ['docs/b.dpia.md']);
    assert.deepEqual(files(['--no-gitignore']), ['build/keep.dpia.md', 'build/out.dpia.md', 'docs/a.draft.dpia.md', 'docs/b.dpia.md', 'docs/secret/s.dpia.md']);
    assert.deepEqual(files(['--ignore', 'docs/**']), []);
    assert.deepEqual(files(['--ignore', '!build/keep.dpia.md']), ['build/keep.dpia.md', 'docs/b.dpia.md']);
    assert.deepEqual(files(['--ignore', '!vendor/**', '--ignore', '!**/*.draft.dpia.md']), ['docs/a.draft.dpia.md', 'docs/b.dpia.md', 'vendor/v.dpia.md']);
    // Globs are filtered the same way; a file named explicitly is always checked.
    assert.deepEqual(files(['**/*.dpia.md']), ['docs/b.dpia.md']);
    assert.deepEqual(files(['build/out.dpia.md']), ['build/out.dpia.md']);
  });

  it('- reads one document from stdin, named by --stdin-filename for its type, configuration and messages, in every format', () => {
    write('.git/HEAD', 'x\n');
    write('team/.dpia.yaml', 'rules:\n  risk.unmitigated-high: warning\n');
    let r = dpia(dir, ['check', '-'], HIGH('R1'));
    assert.equal(r.code, 1, r.all);
    assert.match(r.out, /^<stdin>:7:4 error risk\.unmitigated-high /m);
    r = dpia(dir, ['check', '--stdin-filename', 'team/in.dpia.md', '-', '--format', 'json'], HIGH('R1'));
    assert.equal(r.code, 0, r.all);
    assert.deepEqual(verdict(r.out), { 'team/in.dpia.md': ['risk.unmitigated-high:warning'] });
    r = dpia(dir, ['check', '--stdin-filename', 'team/in.dpia.md', '-', '--format', 'sarif'], HIGH('R1'));
    const sarif = JSON.parse(r.out) as { runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    assert.equal(sarif.runs[0].results[0].ruleId, 'risk.unmitigated-high');
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'team/in.dpia.md');
    // The name gives the type: a DTIA without its transfer block is reported as a DTIA.
    const dtia = '---\ntype: dtia\ntitle: T\nlanguage: en\n---\n\nText.\n';
    const asDtia = dpia(dir, ['check', '--format', 'json', '--stdin-filename', 'x.dtia.md', '-'], dtia.replace('type: dtia\n', ''));
    const asMd = dpia(dir, ['check', '--format', 'json', '--stdin-filename', 'x.md', '-'], dtia.replace('type: dtia\n', ''));
    assert.notDeepEqual(verdict(asDtia.out), verdict(asMd.out));
    // With files too; binary input is refused like a file.
    write('a.dpia.md', CLEAN);
    r = dpia(dir, ['check', '--format', 'json', '-', 'a.dpia.md'], CLEAN);
    assert.deepEqual(Object.keys(verdict(r.out)), ['<stdin>', 'a.dpia.md']);
    r = dpia(dir, ['check', '-'], 'a\0b');
    assert.equal(r.code, 2);
    assert.match(r.err, /^dpia: <stdin>: binary file/);
  });
});
