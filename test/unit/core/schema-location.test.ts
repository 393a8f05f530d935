// Issue 15: an empty or wrongly typed value is reported at its key (line and column of `by:`), and
// says what to fill in rather than "expected string", in the document's language.
import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/index';

const doc = (lang: string, body: string) => `---\ntype: dpia\ntitle: t\nlanguage: ${lang}\n---\n\`\`\`risk\nid: R1\n${body}\`\`\`\n`;
const schemaDiags = (t: string) => check(t, { uri: 'a.dpia.md', today: null }).filter((d) => d.code.startsWith('schema.'));

describe('schema: empty and wrongly typed values', () => {
  it('an empty `by:` is schema.empty at the key, saying what to fill in', () => {
    const d = schemaDiags(doc('en', 'title: t\nlikelihood: low\nimpact: low\nacceptance:\n  by:\n  date: 2026-01-01\n'));
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'schema.empty');
    assert.deepEqual(d[0].range, { start: { line: 11, character: 2 }, end: { line: 11, character: 4 } });
    assert.equal(d[0].message, 'acceptance.by is empty: fill in who accepted the risk (name and role).');
    assert.doesNotMatch(d[0].message, /expected string/);
  });

  it("an empty quoted value and a Dutch document: 'vul in'", () => {
    const d = schemaDiags(doc('nl', "title: ''\nlikelihood: laag\nimpact: laag\n"));
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'schema.empty');
    assert.deepEqual(d[0].range.start, { line: 7, character: 0 });
    assert.equal(d[0].message, 'title is leeg: vul in: korte naam van het risico.');
  });

  it('a value of the wrong type: at the key, naming what to write and what was found', () => {
    const d = schemaDiags(doc('en', 'title: t\nlikelihood: low\nimpact: low\ndescription: 5\n'));
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'schema.type');
    assert.deepEqual(d[0].range, { start: { line: 10, character: 0 }, end: { line: 10, character: 11 } });
    assert.equal(d[0].message, 'description: fill in text (what can happen, to whom, and why), not a number.');
  });

  it('an empty mapping value asks for its lines', () => {
    const d = schemaDiags(doc('en', 'title: t\nlikelihood: low\nimpact: low\nresidual:\n'));
    assert.equal(d[0].code, 'schema.empty');
    assert.equal(d[0].range.start.line, 10);
    assert.match(d[0].message, /^residual is empty: fill in the risk that remains after the mitigations \("key: value" lines, indented under the key\)\.$/);
  });
});
