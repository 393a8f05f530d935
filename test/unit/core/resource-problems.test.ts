// Issue 11, items 2 and 8 in the core: resources from settings are reported when unreadable or
// invalid, problems never quote a resource's content, and a throwing rule becomes one diagnostic.
import * as assert from 'node:assert/strict';
import { check, parseCatalogue, parseDocument, parseMatrix, ParseCache, RULES, runRules, CODES, BUILTIN_MATRIX_TEXTS } from '../../../src/core/index';
import { dominantEol } from '../../../src/core/text/lines';
import { yamlIssue } from '../../../src/core/parse/resource-issues';
import type { Rule } from '../../../src/core/rules/types';

const DOC = '---\ntype: dpia\ntitle: T\nlanguage: en\n---\n\n```risk\nid: R1\ntitle: t\nlikelihood: high\nimpact: high\nmitigations: [NOPE]\n```\n';
const at = (d: { code: string; range: { start: { line: number; character: number } } }) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`;
// Lines of a file that must never reach a message: a credentials INI file that is not YAML.
const SECRET = '[db]\nuser = admin\npassword: "hunter2\n  token = s3cr3t-value\n';

describe('resource problems (issue 11)', () => {
  it('an invalid catalogue from the settings is reported at the front matter, located inside the file', () => {
    const bad = 'measures:\n  - id: X1\n    party: vendor\n';
    const d = check(DOC, { uri: '/w/a.dpia.md', today: null, catalogues: [{ origin: 'ours.yaml', text: bad }] });
    const c = d.filter((x) => x.code === 'catalogue.invalid');
    assert.deepEqual(c.map(at), ['catalogue.invalid@1:1']);
    assert.match(c[0].message, /catalogue "ours\.yaml" is invalid: line 2, column 5: missing required key `title`; .*line 3, column 12: must be one of/);
    assert.doesNotMatch(c[0].message, /vendor/);
  });

  it('a catalogue or matrix from the settings that could not be read is reported with the reason', () => {
    const d = check(DOC, { uri: '/w/a.dpia.md', today: null, catalogues: [{ origin: 'gone.yaml', error: 'no such file' }], matrix: { origin: 'm.yaml', error: 'not a regular file (a FIFO, socket or device); refused' } });
    assert.deepEqual(d.filter((x) => x.code.endsWith('.invalid')).map(at).sort(), ['catalogue.invalid@1:1', 'matrix.invalid@1:1']);
    assert.ok(d.some((x) => x.message === 'cannot read catalogue "gone.yaml": no such file'));
    assert.ok(d.some((x) => /cannot read matrix file "m\.yaml": not a regular file/.test(x.message)));
  });

  it('a reader\'s refusal is given in the document\'s language', () => {
    const doc = DOC.replace('language: en\n', 'language: nl\ncatalogues: [./x.yaml]\n');
    const d = check(doc, { uri: '/w/a.dpia.md', today: null, readResource: () => ({ error: 'not a regular file (a FIFO, socket or device); refused' }) });
    assert.ok(d.some((x) => x.message === 'catalogus "./x.yaml" is niet te lezen: geen gewoon bestand (een FIFO, socket of apparaat); geweigerd'), d.map((x) => x.message).join('\n'));
    const big = check(doc, { uri: '/w/a.dpia.md', today: null, readResource: () => ({ error: 'file is too large (the limit is 4 MB)' }) });
    assert.ok(big.some((x) => x.message === 'catalogus "./x.yaml" is niet te lezen: bestand is te groot (de grens is 4 MB)'));
  });

  it('a refusal from readResource is reported at the front-matter entry with its reason', () => {
    const doc = DOC.replace('language: en\n', 'language: en\ncatalogues: [/etc/passwd]\nmatrix: ../../../../etc/passwd\n');
    const d = check(doc, { uri: '/w/a.dpia.md', today: null, readResource: (_u, rel) => ({ error: rel.startsWith('/') ? 'absolute paths are not allowed' : 'outside the allowed folder' }) });
    const got = d.filter((x) => x.code.endsWith('.invalid'));
    assert.deepEqual(got.map(at).sort(), ['catalogue.invalid@5:14', 'matrix.invalid@6:9']);
    assert.match(got.find((x) => x.code === 'catalogue.invalid')!.message, /cannot read catalogue "\/etc\/passwd": absolute paths are not allowed/);
  });

  for (const [what, parse] of [
    ['catalogue', (t: string) => parseCatalogue(t, 'secret.ini').problems],
    ['matrix', (t: string) => parseMatrix(t).problems],
  ] as const) {
    it(`${what} problems give line, column and a reason, never the file's lines (no js-yaml snippet)`, () => {
      const problems = parse(SECRET);
      assert.equal(problems.length, 1);
      assert.match(problems[0], /^line \d+, column \d+: [a-z ,;()-]+$/i);
      for (const leak of ['hunter2', 's3cr3t', 'admin', 'password', '[db]']) assert.ok(!problems[0].includes(leak), `${problems[0]} quotes ${leak}`);
    });
  }

  it('schema problems of a resource name neither its keys nor its values', () => {
    const problems = parseCatalogue('measures: []\nsecret-key-name: leaked-value\n', 'c.yaml').problems;
    assert.deepEqual(problems, ['line 2, column 1: unknown key']);
    const dup = parseCatalogue(`measures:\n  - {id: ZZ-SECRET, party: organisation, title: {en: a, nl: b}, source: {report: r, date: 2026-01-01, section: s}}\n  - {id: ZZ-SECRET, party: organisation, title: {en: a, nl: b}, source: {report: r, date: 2026-01-01, section: s}}\n`, 'c.yaml').problems;
    assert.deepEqual(dup, ['line 3, column 10: duplicate measure id']);
    const text = BUILTIN_MATRIX_TEXTS.rijksdienst.replace('high:   [low, high, high]', 'high:   [low, high, SECRETLEVEL]');
    const line = text.split('\n').findIndex((l) => l.includes('SECRETLEVEL')) + 1;
    assert.deepEqual(parseMatrix(text).problems, [`line ${line}, column 23: the cell names an unknown level`]);
  });

  it('js-yaml reasons keep their fixed phrase and drop quoted input', () => {
    assert.equal(yamlIssue({ reason: 'unidentified alias "hunter2"', mark: { line: 4, column: 2 } }), 'line 5, column 3: unidentified alias');
    assert.equal(yamlIssue({ reason: 'unknown tag !<tag:yaml.org,2002:js/function>', mark: { line: 0, column: 0 } }), 'line 1, column 1: unknown tag');
    assert.equal(yamlIssue(new Error('something odd: with content')), 'invalid YAML');
  });
});

describe('internal.rule-failed (issue 11)', () => {
  const boom: Rule = {
    code: 'test.boom',
    severity: 'error',
    tags: [],
    description: { en: 'a rule that always throws, for this test', nl: 'een regel die altijd faalt, voor deze test' },
    docs: '',
    run(ctx) {
      ctx.report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, block: null, message: 'partial output' });
      throw new TypeError('cannot read properties of undefined');
    },
  };

  it('a rule that throws becomes one error naming it; the other rules still report', () => {
    const doc = parseDocument('/w/a.dpia.md', DOC, new ParseCache());
    const normal = runRules(doc, { today: null });
    const d = runRules(doc, { today: null }, [boom, ...RULES]);
    const failed = d.filter((x) => x.code === 'internal.rule-failed');
    assert.equal(failed.length, 1);
    assert.equal(failed[0].severity, 'error');
    assert.match(failed[0].message, /rule test\.boom failed/);
    assert.ok(!d.some((x) => x.message === 'partial output'), 'the failed rule\'s partial output is dropped');
    assert.deepEqual(d.filter((x) => x.code !== 'internal.rule-failed'), normal);
    assert.ok(normal.length >= 2, 'the other rules found something to report');
  });

  it('the code is listed with the rules (dpia rules, severities, README)', () => {
    assert.equal(CODES.get('internal.rule-failed')?.severity, 'error');
    const doc = parseDocument('/w/a.dpia.md', DOC, new ParseCache());
    assert.equal(runRules(doc, { today: null, severities: { 'internal.rule-failed': 'off' } }, [boom]).length, 0);
  });
});

describe('line ends of inserted text (issue 11, item 4)', () => {
  it('a CR-only file gets CR, CRLF gets CRLF, LF and mixed-mostly-LF get LF', () => {
    assert.equal(dominantEol('a\rb\rc\r'), '\r');
    assert.equal(dominantEol('a\r\nb\r\nc\n'), '\r\n');
    assert.equal(dominantEol('a\nb\rc\n'), '\n');
    assert.equal(dominantEol('abc'), '\n');
  });
});
