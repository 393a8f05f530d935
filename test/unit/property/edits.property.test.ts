import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { addMitigationEdit, applyEdits, plainEdits, buildRegister, check, parseDocument, ParseCache, analyze, tableEdit, type Diagnostic, type Position, type TextEdit } from '../../../src/core/index';
import { splitLines, stripBom } from '../../../src/core/text/lines';
import { documentArb, params } from './arbitraries';

const TODAY = '2026-11-23';

/** Offset of a position in the BOM-stripped text (characters clamped to the line, as editors do). */
function offsetOf(text: string, p: Position): number {
  const lines = splitLines(text);
  let o = 0;
  for (let i = 0; i < Math.min(p.line, lines.length - 1); i++) o += lines[i].text.length + lines[i].eol.length;
  return o + Math.min(p.character, lines[Math.min(p.line, lines.length - 1)].text.length);
}

/**
 * Applies edits and checks that all text before the first edited span and after the last one is
 * kept byte for byte, that the spans do not overlap, and that the result still parses at least as
 * well as before (no block that parsed stops parsing).
 */
function assertSafe(original: string, edits: readonly TextEdit[], what: string): string {
  const body = stripBom(original);
  const lines = splitLines(body);
  const spans = edits.map((e) => {
    for (const p of [e.range.start, e.range.end]) {
      assert.ok(p.line < lines.length && p.character <= lines[p.line].text.length, `${what}: edit position ${p.line}:${p.character} outside the document`);
    }
    return { start: offsetOf(body, e.range.start), end: offsetOf(body, e.range.end) };
  }).sort((a, b) => a.start - b.start);
  spans.forEach((s, i) => {
    assert.ok(s.start <= s.end, `${what}: edit ends before it starts`);
    if (i) assert.ok(spans[i - 1].end <= s.start, `${what}: edits overlap`);
  });
  const after = applyEdits(original, edits);
  const first = spans[0].start;
  const tail = body.length - spans[spans.length - 1].end;
  const out = stripBom(after);
  assert.equal(out.slice(0, first), body.slice(0, first), `${what}: text before the edit changed`);
  assert.equal(out.slice(out.length - tail), body.slice(body.length - tail), `${what}: text after the edit changed`);
  assert.equal(after.startsWith('\uFEFF'), original.startsWith('\uFEFF'), `${what}: byte-order mark lost or added`);
  const syntax = (t: string) => check(t, { uri: 'doc.dpia.md', today: TODAY }).filter((d) => d.code === 'yaml.syntax').length;
  assert.ok(syntax(after) <= syntax(original), `${what}: the edit broke the YAML of a block`);
  return after;
}

const fixesOf = (d: Diagnostic[]) => d.flatMap((x) => (x.fixes ?? []).map((f) => ({ code: x.code, title: f.title, edits: plainEdits(f) })));

describe('property: edits made by the extension keep all user text outside the edited span', () => {
  it('every quick fix offered on generated documents', () => {
    let applied = 0;
    fc.assert(
      fc.property(documentArb, (text) => {
        for (const f of fixesOf(check(text, { uri: 'doc.dpia.md', today: TODAY }))) {
          if (!f.edits.length) continue;
          assertSafe(text, f.edits, `${f.code}: ${f.title}`);
          applied++;
        }
      }),
      params(),
    );
    assert.ok(applied > 0, 'some fixes were applied');
  });

  it('every quick fix that adds a key leaves that key once in its block (no duplicate key)', () => {
    let checked = 0;
    fc.assert(
      fc.property(documentArb, (text) => {
        for (const d of check(text, { uri: 'doc.dpia.md', today: TODAY })) {
          for (const f of d.fixes ?? []) {
            const added = plainEdits(f).flatMap((e) => [...e.newText.matchAll(/^[ \t]*(mitigations|residual|acceptance|consultation):/gm)].map((m) => m[1]));
            if (!added.length || !d.block) continue;
            const after = parseDocument('doc.dpia.md', applyEdits(text, plainEdits(f)), new ParseCache());
            // The risk the diagnostic is on (ids may repeat): its fence line, unchanged by the edit.
            const block = after.blocks.find((b) => b.kind === 'risk' && b.fence.openLine === d.range.start.line);
            assert.ok(block && !block.parsed.yaml.error, `${d.code}: the risk still parses after "${f.title}"`);
            for (const k of added) assert.ok(block.value && k in block.value, `${d.code}: ${k} is there`);
            checked++;
          }
        }
      }),
      params(),
    );
    assert.ok(checked > 0, 'some key-adding fixes were checked');
  });

  it('adding a mitigation to every risk (empty, null, flow and block lists): safe, one more item', () => {
    let applied = 0;
    fc.assert(
      fc.property(documentArb, (text) => {
        const doc = parseDocument('doc.dpia.md', text, new ParseCache());
        for (const b of doc.blocks) {
          // The command edits the first risk with an id.
          if (b.kind !== 'risk' || !b.id || doc.blocks.find((x) => x.kind === 'risk' && x.id === b.id) !== b) continue;
          const edit = addMitigationEdit(doc, b.id, 'NEW-MEASURE');
          if (!edit) continue;
          const after = assertSafe(text, [edit], `add mitigation to ${b.id}`);
          const list = parseDocument('doc.dpia.md', after, new ParseCache()).blocks[doc.blocks.indexOf(b)].value?.mitigations;
          assert.ok(Array.isArray(list) && list.includes('NEW-MEASURE'), `${b.id}: the measure is listed`);
          applied++;
        }
      }),
      params(),
    );
    assert.ok(applied > 0, 'some mitigations were added');
  });

  it('regenerating the risk table (with or without markers), then the table is fresh', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        const doc = parseDocument('doc.dpia.md', text, new ParseCache());
        const { edit } = tableEdit(doc, buildRegister(analyze(doc, { today: TODAY })));
        const after = assertSafe(text, [edit], 'table regeneration');
        const codes = check(after, { uri: 'doc.dpia.md', today: TODAY }).map((d) => d.code);
        assert.ok(!codes.includes('table.stale'), 'the regenerated table is fresh');
        const blocks = (t: string) => parseDocument('doc.dpia.md', t, new ParseCache()).blocks.map((b) => b.parsed.text);
        assert.deepEqual(blocks(after), blocks(text), 'the blocks are unchanged');
      }),
      params(),
    );
  });
});
