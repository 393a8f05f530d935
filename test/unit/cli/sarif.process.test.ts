// Issue 14 "SARIF for GitHub code scanning" and the GitLab Code Quality report: the SARIF of every
// fixture passes Microsoft's SARIF Multitool with GitHub's rules; paths, fingerprints, unreadable files.
import * as assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import Ajv from 'ajv';
import { CODES } from '../../../src/core/index';
import { ROOT } from '../helpers';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');
/** Installed by test/install-prerequisites.sh (npm package @microsoft/sarif-multitool, a self-contained .NET build). */
export const MULTITOOL = join(ROOT, '.test-tools', 'sarif-multitool', 'node_modules', '@microsoft', `sarif-multitool-${process.platform}`, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The Multitool's findings (rule id and level) for a SARIF file, with GitHub's rules and the SARIF ones. */
function validate(file: string, dir: string): { id: string; level: string; text: string }[] {
  assert.ok(existsSync(MULTITOOL), `SARIF Multitool not installed at ${MULTITOOL}: run "bash test/install-prerequisites.sh"`);
  const out = join(dir, 'validation.sarif');
  const r = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Sarif;Gh', '--log', 'ForceOverwrite', '-o', out, file], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const log = JSON.parse(readFileSync(out, 'utf8'));
  return log.runs[0].results.map((x: { ruleId: string; level?: string; message: { arguments?: string[] } }) => ({ id: x.ruleId, level: x.level ?? 'warning', text: (x.message.arguments ?? []).join(' ') }));
}

describe('dpia check --format sarif for GitHub code scanning', function () {
  this.timeout(180_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dpia-sarif-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the SARIF of every rule fixture, an unreadable file and an awkward name passes the Multitool with GitHub rules', () => {
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'docs'));
    cpSync(FIXTURES, join(dir, 'docs'), { recursive: true }); // with linked/ (a pre-scan's DPIA)
    copyFileSync(join(FIXTURES, 'risk.level-mismatch.dpia.md'), join(dir, 'docs', 'a #1?b%c d.dpia.md'));
    writeFileSync(join(dir, 'docs', 'binary.dpia.md'), 'x\0y');
    const r = cli(join(dir, 'docs'), 'check', '--format', 'sarif', '-o', join(dir, 'out.sarif'));
    assert.equal(r.code, 2, r.err);
    const findings = validate(join(dir, 'out.sarif'), dir).filter((f) => f.level === 'error' || f.level === 'warning');
    assert.deepEqual(findings, []);
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    assert.ok(log.runs[0].results.length > 40);
  });

  it('the Multitool check can fail: a rule without help is GH2012', () => {
    const log = JSON.parse(cli(dir, 'check', '--format', 'sarif').out || '{}');
    delete log.runs[0].tool.driver.rules[0].help;
    writeFileSync(join(dir, 'bad.sarif'), JSON.stringify(log));
    assert.deepEqual(validate(join(dir, 'bad.sarif'), dir).map((f) => f.id), ['GH2012']);
  });

  it('every rule has help, its own full description and properties (tags, precision, problem.severity)', () => {
    const rules = JSON.parse(cli(dir, 'check', '--format', 'sarif').out).runs[0].tool.driver.rules;
    assert.equal(rules.length, CODES.size);
    for (const r of rules) {
      assert.ok(r.help.text.length > 40 && r.help.markdown.includes(`**${r.id}**`), r.id);
      assert.deepEqual(Object.keys(r.properties).sort(), ['precision', 'problem.severity', 'tags']);
      assert.ok(r.properties.tags.includes('dpia'));
      assert.match(r.properties['problem.severity'], /^(error|warning|recommendation)$/);
    }
    assert.equal(new Set(rules.map((r: { fullDescription: { text: string } }) => r.fullDescription.text)).size, rules.length, 'full descriptions are distinct');
  });

  it('URIs are relative to the git root (or --base), percent-encoded, with SRCROOT defined', () => {
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'sub dir'));
    copyFileSync(join(FIXTURES, 'risk.level-mismatch.dpia.md'), join(dir, 'sub dir', 'a #1?b%c.dpia.md'));
    const log = JSON.parse(cli(join(dir, 'sub dir'), 'check', '--format', 'sarif').out);
    const loc = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.deepEqual(loc, { uri: 'sub%20dir/a%20%231%3Fb%25c.dpia.md', uriBaseId: 'SRCROOT' });
    assert.match(log.runs[0].originalUriBaseIds.SRCROOT.uri, /^file:\/\/.*\/$/);
    assert.equal(decodeURIComponent(new URL(loc.uri, log.runs[0].originalUriBaseIds.SRCROOT.uri).pathname), join(dir, 'sub dir', 'a #1?b%c.dpia.md'));
    const based = JSON.parse(cli(join(dir, 'sub dir'), 'check', '--format', 'sarif', '--base', '.').out);
    assert.equal(based.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'a%20%231%3Fb%25c.dpia.md');
  });

  it('partialFingerprints survive unrelated edits (lines added above) and differ between diagnostics', () => {
    const text = readFileSync(join(FIXTURES, 'risk.level-mismatch.dpia.md'), 'utf8');
    writeFileSync(join(dir, 'a.dpia.md'), text);
    const prints = () => JSON.parse(cli(dir, 'check', '--format', 'sarif').out).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['dpiaDiagnostic/v1']);
    const before = prints();
    assert.equal(new Set(before).size, before.length);
    writeFileSync(join(dir, 'a.dpia.md'), text.replace('\n---\n', '\n---\n\n# A new introduction\n\nSome prose.\n\n'));
    assert.deepEqual(prints(), before);
  });

  it('unreadable files are tool execution notifications in SARIF and an errors list in JSON', () => {
    writeFileSync(join(dir, 'binary.dpia.md'), 'x\0y');
    copyFileSync(join(FIXTURES, 'risk.level-mismatch.dpia.md'), join(dir, 'ok.dpia.md'));
    const sarif = JSON.parse(cli(dir, 'check', '--format', 'sarif').out).runs[0];
    assert.equal(sarif.invocations[0].executionSuccessful, false);
    assert.equal(sarif.invocations[0].toolExecutionNotifications.length, 1);
    assert.match(sarif.invocations[0].toolExecutionNotifications[0].message.text, /^binary\.dpia\.md: binary file/);
    assert.equal(sarif.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, 'binary.dpia.md');
    const json = JSON.parse(cli(dir, 'check', '--format', 'json').out);
    const bin = json.files.find((f: { path: string }) => f.path === 'binary.dpia.md');
    assert.deepEqual(bin.diagnostics, []);
    assert.match(bin.errors[0], /binary file/);
    assert.equal(json.summary.files, 1);
  });
});

describe('dpia check --format gitlab (GitLab Code Quality)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dpia-gitlab-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'schemas', 'gitlab-code-quality.schema.json'), 'utf8'));
  const valid = new Ajv({ allErrors: true }).compile(schema);

  it('matches the documented schema, with unique fingerprints and paths relative to the repository root', () => {
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'docs'));
    cpSync(FIXTURES, join(dir, 'docs'), { recursive: true }); // with linked/ (a pre-scan's DPIA)
    writeFileSync(join(dir, 'docs', 'binary.dpia.md'), 'x\0y');
    const r = cli(join(dir, 'docs'), 'check', '--format', 'gitlab');
    const issues: { fingerprint: string; check_name: string; severity: string; location: { path: string } }[] = JSON.parse(r.out);
    assert.ok(valid(issues), JSON.stringify(valid.errors?.slice(0, 3)));
    assert.ok(issues.length > 40);
    assert.equal(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size, issues.length);
    assert.ok(issues.every((i: { location: { path: string } }) => i.location.path.startsWith('docs/')));
    assert.ok(issues.some((i: { check_name: string; severity: string }) => i.check_name === 'file.unreadable' && i.severity === 'major'));
    assert.ok(issues.some((i: { severity: string }) => i.severity === 'minor'), 'warnings are minor');
  });

  it('the schema check can fail', () => {
    assert.equal(valid([{ description: 'x', check_name: 'c', fingerprint: 'f', severity: 'error', location: { path: '/abs', lines: { begin: 0 } } }]), false);
  });
});
