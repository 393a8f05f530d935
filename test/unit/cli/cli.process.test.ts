import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { run } from '../../../src/cli/main';
import { ROOT } from '../helpers';

interface Result {
  code: number;
  out: string;
  err: string;
}

function dpia(cwd: string, ...args: string[]): Result {
  let out = '';
  let err = '';
  const code = run(args, { cwd, out: (s) => (out += s), err: (s) => (err += s), isTty: false, env: {} });
  if (typeof code !== 'number') throw new Error('use dpiaAsync for pdf');
  return { code, out, err };
}

const CLEAN = `---\ntype: dpia\ntitle: Clean\n---\n\n\`\`\`risk\nid: R1\ntitle: Fine\nlikelihood: low\nimpact: low\n\`\`\`\n`;
const HIGH = `---\ntype: dpia\ntitle: High\n---\n\n\`\`\`risk\nid: R9\ntitle: Bad\nlikelihood: hoog\nimpact: hoog\n\`\`\`\n`;
const WARN = `---\ntype: dpia\ntitle: Warn\n---\n\n\`\`\`risk\nid: R1\ntitle: W\nlikelihood: medium\nimpact: medium\nmitigations: [M365-DKE]\n\`\`\`\n`;

describe('dpia CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpia-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on a clean document and prints a summary', () => {
    writeFileSync(join(dir, 'a.dpia.md'), CLEAN);
    const r = dpia(dir, 'check');
    assert.equal(r.code, 0);
    assert.match(r.out, /1 file checked: 0 errors, 0 warnings/);
  });

  it('exits 2 with a clear message when the folder holds no DPIA or DTIA', () => {
    writeFileSync(join(dir, 'notes.md'), '# Just notes\n');
    const r = dpia(dir, 'check');
    assert.equal(r.code, 2);
    assert.match(r.err, /^dpia: no DPIA or DTIA documents found/m);
  });

  it('exits 1 on errors, with path:line:column severity code message', () => {
    writeFileSync(join(dir, 'a.dpia.md'), HIGH);
    const r = dpia(dir, 'check', 'a.dpia.md');
    assert.equal(r.code, 1);
    assert.match(r.out, /^a\.dpia\.md:6:4 error risk\.unmitigated-high Risk R9 is high/m);
    assert.doesNotMatch(r.out, /\x1b\[/, 'no colour when not a TTY');
  });

  it('--max-warnings turns too many warnings into exit 1', () => {
    writeFileSync(join(dir, 'a.dpia.md'), WARN);
    assert.equal(dpia(dir, 'check').code, 0);
    assert.equal(dpia(dir, 'check', '--max-warnings', '1').code, 0);
    const r = dpia(dir, 'check', '--max-warnings', '0');
    assert.equal(r.code, 1);
    assert.match(r.err, /more than --max-warnings 0/);
  });

  it('--rule changes or switches off a severity; a config file does too', () => {
    writeFileSync(join(dir, 'a.dpia.md'), HIGH);
    assert.equal(dpia(dir, 'check', '--rule', 'risk.unmitigated-high=warning').code, 0);
    const off = dpia(dir, 'check', '--rule', 'risk.unmitigated-high=off', '--format', 'json');
    assert.equal(JSON.parse(off.out).files[0].diagnostics.length, 0);
    writeFileSync(join(dir, '.dpia.yaml'), 'rules:\n  risk.unmitigated-high: info\n');
    const cfg = JSON.parse(dpia(dir, 'check', '--format', 'json').out);
    assert.equal(cfg.files[0].diagnostics[0].severity, 'info');
  });

  it('exits 2 with a clear message on usage errors', () => {
    for (const args of [['--format', 'xml'], ['--today', 'tomorrow'], ['--rule', 'nope.rule=error'], ['--rule', 'risk.unmitigated-high=fatal'], ['--bogus'], ['frobnicate']]) {
      const r = dpia(dir, ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /^dpia: .+\nTry "dpia (check )?--help"/, args.join(' '));
    }
  });

  it('exits 2 for a missing, binary or non-UTF-8 file, without a stack trace', () => {
    writeFileSync(join(dir, 'bin.dpia.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'latin1.dpia.md'), Buffer.from('---\ntype: dpia\ntitle: caf\xe9\n---\n', 'latin1'));
    const cases: [string, RegExp][] = [
      ['missing.dpia.md', /missing\.dpia\.md: no such file/],
      ['bin.dpia.md', /bin\.dpia\.md: binary file/],
      ['latin1.dpia.md', /latin1\.dpia\.md: not valid UTF-8/],
    ];
    for (const [file, msg] of cases) {
      const r = dpia(dir, 'check', file);
      assert.equal(r.code, 2, file);
      assert.match(r.err, msg);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    }
  });

  it('--help and --version', () => {
    const h = dpia(dir, '--help');
    assert.equal(h.code, 0);
    for (const s of ['dpia check', 'dpia table', 'dpia pdf', 'dpia rules', 'dpia COMMAND --help', 'Exit codes']) assert.ok(h.out.includes(s), s);
    const c = dpia(dir, 'check', '--help');
    for (const opt of ['--format', '--today', '--matrix', '--max-warnings', '--rule', 'Exit codes']) assert.ok(c.out.includes(opt), opt);
    assert.match(dpia(dir, '--version').out, /^\d+\.\d+\.\d+\n$/);
  });

  it('finds DPIA/DTIA documents by name and by front matter, skipping node_modules', () => {
    mkdirSync(join(dir, 'docs'));
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'a.dpia.md'), CLEAN);
    writeFileSync(join(dir, 'docs', 'b.dtia.md'), CLEAN.replace('type: dpia', 'type: dtia'));
    writeFileSync(join(dir, 'docs', 'c.md'), CLEAN);
    writeFileSync(join(dir, 'docs', 'notes.md'), '# just notes\n');
    writeFileSync(join(dir, 'node_modules', 'x', 'd.dpia.md'), HIGH);
    const r = JSON.parse(dpia(dir, 'check', '--format', 'json').out);
    assert.deepEqual(r.files.map((f: { path: string }) => f.path), ['docs/a.dpia.md', 'docs/b.dtia.md', 'docs/c.md']);
  });

  it('--format json prints exactly one object of the documented shape', () => {
    writeFileSync(join(dir, 'a.dpia.md'), HIGH);
    const r = dpia(dir, 'check', '--format', 'json', 'a.dpia.md');
    const j = JSON.parse(r.out);
    assert.deepEqual(Object.keys(j), ['version', 'files', 'summary']);
    assert.equal(j.version, 1);
    assert.deepEqual(j.summary, { files: 1, errors: 1, warnings: 0 });
    const d = j.files[0].diagnostics[0];
    assert.deepEqual(
      { ...d, message: typeof d.message, fixes: undefined },
      { code: 'risk.unmitigated-high', severity: 'error', message: 'string', line: 6, column: 4, endLine: 6, endColumn: 8, block: 'R9', fixes: undefined },
    );
    assert.equal(d.fixes[0].edits[0].line, 11, 'fix edits use 1-based lines: insert before the closing fence');
  });

  it('--format sarif prints SARIF 2.1.0 with rules and located results', () => {
    writeFileSync(join(dir, 'a.dpia.md'), HIGH);
    const s = JSON.parse(dpia(dir, 'check', '--format', 'sarif', 'a.dpia.md').out);
    assert.equal(s.version, '2.1.0');
    const runObj = s.runs[0];
    assert.equal(runObj.tool.driver.name, 'dpia');
    const ids = runObj.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.ok(ids.includes('risk.unmitigated-high') && ids.includes('schema.unknown-key'));
    const res = runObj.results[0];
    assert.equal(res.ruleId, 'risk.unmitigated-high');
    assert.equal(ids[res.ruleIndex], res.ruleId);
    assert.equal(res.level, 'error');
    assert.deepEqual(res.locations[0].physicalLocation.artifactLocation, { uri: 'a.dpia.md', uriBaseId: 'SRCROOT' });
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 6, startColumn: 4, endLine: 6, endColumn: 8 });
  });

  it('--today drives the date rules; --no-dates switches them off', () => {
    const doc = CLEAN.replace('impact: low\n', 'impact: low\nmitigations:\n  - measure: M365-DKE\n    due: 2026-03-01\n');
    writeFileSync(join(dir, 'a.dpia.md'), doc);
    const codes = (...a: string[]) => JSON.parse(dpia(dir, 'check', '--format', 'json', ...a).out).files[0].diagnostics.map((d: { code: string }) => d.code);
    assert.deepEqual(codes('--today', '2026-02-28'), []);
    assert.deepEqual(codes('--today', '2026-03-02'), ['measure.overdue']);
    assert.deepEqual(codes('--today', '2026-03-02', '--no-dates'), []);
  });

  it('--matrix applies to documents that name no matrix; --lang picks the message language', () => {
    writeFileSync(join(dir, 'a.dpia.md'), HIGH.replace('likelihood: hoog\nimpact: hoog', 'likelihood: probable\nimpact: severe'));
    assert.match(dpia(dir, 'check').out, /level\.unknown/);
    const ico = dpia(dir, 'check', '--matrix', 'ico', '--lang', 'nl');
    assert.match(ico.out, /risk\.unmitigated-high Risico R9 is hoog \(kans waarschijnlijk × impact ernstig\)/);
  });

  it('dpia table prints the GFM table; --write puts it between the markers, then reports it up to date', () => {
    writeFileSync(join(dir, 'a.dpia.md'), HIGH.replace('---\n\n', '---\n\n# Overview\n\n'));
    const printed = dpia(dir, 'table', 'a.dpia.md');
    assert.equal(printed.code, 0);
    assert.match(printed.out, /^\| Id \| Risk \| Likelihood \| Impact \| Inherent \| Mitigations \| Residual \| Status +\|\n/);
    assert.match(printed.out, /\| R9 \| Bad +\| high +\| high +\| high +\| – +\| – +\| no mitigations \|/);
    const w = dpia(dir, 'table', '--write', 'a.dpia.md');
    assert.equal(w.code, 0);
    assert.match(w.err, /inserted the risk table after the first heading \(1 risks, 0 transfers\)/);
    const written = readFileSync(join(dir, 'a.dpia.md'), 'utf8');
    assert.ok(written.includes('# Overview\n\n<!-- dpia:risk-table -->\n| Id'));
    assert.match(dpia(dir, 'table', '--write', 'a.dpia.md').err, /up to date/);
    assert.equal(dpia(dir, 'table').code, 2, 'needs exactly one file');
  });

  it('the built CLI runs as a program and returns its exit code', function () {
    this.timeout(20000);
    writeFileSync(join(dir, 'a.dpia.md'), HIGH);
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', 'a.dpia.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /risk\.unmitigated-high/);
  });
});
