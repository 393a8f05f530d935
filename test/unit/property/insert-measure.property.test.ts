// Issue 15: "DPIA: Insert measure…" inserts at the right place whatever the cursor position: into
// the mitigations list of the risk at the cursor (created when absent, with the list's
// indentation), never in the middle of a line of text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, insertMeasureAt, newMeasureEdits, newMeasureId, parseDocument, ParseCache, riskAtLine, check } from '../../../src/core/index';
import { documentArb, params } from './arbitraries';

const FM = '---\ntype: dpia\ntitle: t\nlanguage: en\n---\n\n';
const parse = (t: string) => parseDocument('a.dpia.md', t, new ParseCache());

/** Applies insertMeasureAt at `line` and returns the new text (asserting an edit is offered). */
function insertAt(text: string, line: number, id = 'GEN-MFA'): string {
  const e = insertMeasureAt(parse(text), line, id);
  assert.ok(e, `an edit at line ${line}`);
  return applyEdits(text, [e]);
}

describe('insert measure at the cursor', () => {
  const forms: [string, string, string][] = [
    ['a block list', 'mitigations:\n  - M365-DKE\n  - measure: M365-CUSTOMER-LOCKBOX\n    status: planned\n', 'mitigations:\n  - M365-DKE\n  - measure: M365-CUSTOMER-LOCKBOX\n    status: planned\n  - GEN-MFA\n'],
    ['a list indented by four', 'mitigations:\n    - M365-DKE\n', 'mitigations:\n    - M365-DKE\n    - GEN-MFA\n'],
    ['a list at the key column', 'mitigations:\n- M365-DKE\n', 'mitigations:\n- M365-DKE\n- GEN-MFA\n'],
    ['a flow list', 'mitigations: [M365-DKE]\n', 'mitigations: [M365-DKE, GEN-MFA]\n'],
    ['an empty value', 'mitigations:\n', 'mitigations:\n  - GEN-MFA\n'],
    ['no list', '', 'mitigations:\n  - GEN-MFA\n'],
  ];
  for (const [what, list, expected] of forms) {
    it(`${what}: the same edit from every line of the risk, fences included`, () => {
      const text = `${FM}Before.\n\n\`\`\`risk\nid: R1\ntitle: A risk\nlikelihood: high\nimpact: high\n${list}description: text\n\`\`\`\n\nAfter.\n`;
      // A new list goes at the end of the block; an existing one is edited where it is.
      const want = list ? text.replace(list, expected) : text.replace('description: text\n', `description: text\n${expected}`);
      const lines = text.split('\n');
      const first = lines.indexOf('```risk');
      const last = lines.lastIndexOf('```');
      for (let l = first; l <= last; l++) assert.equal(insertAt(text, l), want, `cursor on line ${l}: ${lines[l]}`);
      assert.equal(insertMeasureAt(parse(text), first - 1, 'GEN-MFA'), undefined, 'outside the risk: no edit');
    });
  }

  it('property: at any line inside any risk of a generated document, the edit leaves every line whole and adds the id to that risk', () => {
    let checked = 0;
    fc.assert(
      fc.property(documentArb, fc.nat(), (text, seed) => {
        const doc = parse(text);
        const risks = doc.blocks.filter((b) => b.kind === 'risk' && b.value);
        if (!risks.length) return;
        const block = risks[seed % risks.length];
        const span = block.range.end.line - block.range.start.line + 1;
        const line = block.range.start.line + (seed % span);
        assert.equal(riskAtLine(doc, line), block);
        const e = insertMeasureAt(doc, line, 'GEN-MFA');
        if (!e) return; // no safe edit (say `mitigations: some text`)
        // Never in the middle of a line: at a line's end, or inside a flow list's brackets.
        const at = doc.lines[e.range.start.line].text;
        const before = at.slice(0, e.range.start.character);
        assert.ok(e.range.start.character === at.length || /\[[^\]]*$/.test(before) || /:\s*$/.test(before) || e.range.start.character === 0, `edit at ${e.range.start.line}:${e.range.start.character} in "${at}"`);
        const after = parse(applyEdits(text, [e]));
        const b = after.blocks[doc.blocks.indexOf(block)];
        const list = b.value?.mitigations as unknown[];
        assert.ok(Array.isArray(list) && list.includes('GEN-MFA'));
        checked++;
      }),
      params(),
    );
    assert.ok(checked > 0, 'some insertions were checked');
  });
});

describe('write a new measure', () => {
  it('adds a measure block after the risk and refers to it; the result has no schema or YAML error', () => {
    const text = `${FM}\`\`\`risk\nid: R1\ntitle: A risk\nlikelihood: low\nimpact: low\nmitigations:\n  - GEN-MFA\n\`\`\`\n\nAfter.\n`;
    const doc = parse(text);
    const id = newMeasureId('R1', (x) => x === 'M-R1-1');
    assert.equal(id, 'M-R1-2');
    const r = newMeasureEdits(doc, doc.blocks[0], id, 'describe the measure')!;
    const out = applyEdits(text, r.edits);
    assert.equal(out, `${FM}\`\`\`risk\nid: R1\ntitle: A risk\nlikelihood: low\nimpact: low\nmitigations:\n  - GEN-MFA\n  - M-R1-2\n\`\`\`\n\n\`\`\`measure\nid: M-R1-2\ntitle: describe the measure\nparty: organisation\nstatus: planned\n\`\`\`\n\nAfter.\n`);
    assert.equal(out.split('\n')[r.titleLine], 'title: describe the measure');
    const codes = check(out, { uri: 'a.dpia.md', today: null }).map((d) => d.code);
    assert.ok(!codes.some((c) => c === 'yaml.syntax' || c.startsWith('schema.') || c === 'measure.unknown'), codes.join());
  });
});
