// Issue 11, item 7: every diagnostic range lies inside its line(s) with start <= end.
import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/index';
import { clampRange } from '../../../src/core/text/clamp-range';
import { scanFences } from '../../../src/core/parse/fences';
import { splitLines } from '../../../src/core/text/lines';

describe('diagnostic ranges', () => {
  it('a fence indented by one space, then a tab-indented line: yaml.syntax lies inside the line', () => {
    const text = ' ```risk\n\ta: [b\n ```\n';
    const d = check(text, { uri: 'a.dpia.md', today: null }).find((x) => x.code === 'yaml.syntax');
    assert.ok(d);
    // "\ta: [b" is 6 characters; the parser stops at its end.
    assert.deepEqual(d.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 6 } });
  });

  it('a partly stripped tab: the content line is longer than the document line, `removed` is negative', () => {
    const [f] = scanFences(splitLines(' ```risk\n\ta: [b\n ```'));
    assert.equal(f.content, '   a: [b');
    assert.deepEqual(f.removed, [-2]);
  });

  it('clampRange moves positions into their lines and collapses reversed ranges', () => {
    const lines = splitLines('abc\nde');
    assert.deepEqual(clampRange(lines, { start: { line: 0, character: 9 }, end: { line: 0, character: 1 } }), { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } });
    assert.deepEqual(clampRange(lines, { start: { line: -1, character: -5 }, end: { line: 7, character: 9 } }), { start: { line: 0, character: 0 }, end: { line: 1, character: 2 } });
    assert.deepEqual(clampRange(lines, { start: { line: 1, character: 1 }, end: { line: 0, character: 0 } }), { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } });
  });
});
