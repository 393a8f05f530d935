// Issue 15: an unquoted ": " inside a value gets its own message, in the document's language, and a
// quick fix that quotes the value (instead of js-yaml's "bad indentation of a mapping entry").
import * as assert from 'node:assert/strict';
import { applyEdits, check } from '../../../src/core/index';
import { unquotedColon } from '../../../src/core/rules/yaml-syntax';

const doc = (lang: string, body: string) => `---\ntype: dpia\ntitle: t\nlanguage: ${lang}\n---\n\`\`\`risk\n${body}\`\`\`\nAfter.\n`;
const run = (t: string) => check(t, { uri: 'a.dpia.md', today: null });

describe('yaml.syntax: an unquoted ": " in a value', () => {
  it('is reported at the value with "quote the value", and the fix quotes it', () => {
    const text = doc('en', 'id: R1\ntitle: Access: US authorities\nlikelihood: low\nimpact: low\n');
    const d = run(text).filter((x) => x.code === 'yaml.syntax');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /the value of `title` contains ": ".*Quote the value: title: 'Access: US authorities'/);
    assert.doesNotMatch(d[0].message, /bad indentation/);
    assert.deepEqual(d[0].range, { start: { line: 7, character: 7 }, end: { line: 7, character: 29 } });
    assert.equal(d[0].fixes![0].title, 'Quote the value');
    const fixed = applyEdits(text, d[0].fixes![0].edits);
    assert.ok(fixed.includes("title: 'Access: US authorities'\n"));
    assert.deepEqual(run(fixed), []);
  });

  it('speaks Dutch in a Dutch document, keeps a trailing comment and doubles single quotes', () => {
    const text = doc('nl', "id: R1\ntitle: Toegang: VS-autoriteit's  # let op\nlikelihood: laag\nimpact: laag\n");
    const d = run(text).find((x) => x.code === 'yaml.syntax')!;
    assert.match(d.message, /Zet de waarde tussen aanhalingstekens/);
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.ok(fixed.includes("title: 'Toegang: VS-autoriteit''s'  # let op\n"), fixed);
    assert.deepEqual(run(fixed), []);
  });

  it('works inside list items and indented fences', () => {
    const text = doc('en', 'id: R1\ntitle: t\nlikelihood: low\nimpact: low\nmitigations:\n  - text: Use: encryption\n');
    const d = run(text).find((x) => x.code === 'yaml.syntax')!;
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.ok(fixed.includes("  - text: 'Use: encryption'\n"), fixed);
    assert.ok(!run(fixed).some((x) => x.code === 'yaml.syntax'));
  });

  it('leaves other YAML errors with the parser message', () => {
    const d = run(doc('en', 'id: R1\ntitle: [unclosed\nlikelihood: low\n')).find((x) => x.code === 'yaml.syntax')!;
    assert.equal(d.fixes, undefined);
    assert.doesNotMatch(d.message, /Quote the value/);
  });

  it('recognises only plain values', () => {
    assert.deepEqual(unquotedColon('title: a: b'), { key: 'title', start: 7, end: 11, value: 'a: b' });
    assert.equal(unquotedColon("title: 'a: b'"), undefined);
    assert.equal(unquotedColon('title: {a: b}'), undefined);
    assert.equal(unquotedColon('title: http://x'), undefined);
    assert.equal(unquotedColon('title: a # b: c'), undefined);
    assert.equal(unquotedColon('title: ends with:')?.value, 'ends with:');
  });

  it('handles a long line in one pass (no quadratic backtracking on colons or spaces)', () => {
    const line = 'title: ' + 'a: '.repeat(50_000) + ' '.repeat(50_000) + '#';
    assert.equal(unquotedColon(line)?.key, 'title');
    assert.equal(unquotedColon(' '.repeat(100_000) + 'x'), undefined);
    assert.equal(unquotedColon('title: x' + ' '.repeat(100_000) + 'y')?.value, undefined);
  });
});
