import * as assert from 'node:assert/strict';
import { oneLine } from '../../../src/core/render/table';
import { applyEdits, buildRegister, check, analyze, parseDocument, ParseCache, registerTable, tableEdit } from '../../../src/core/index';

const doc = (text: string) => parseDocument('a.dpia.md', text, new ParseCache());
const reg = (text: string) => {
  const d = doc(text);
  return buildRegister(analyze(d, {}));
};

const FM = '---\ntype: dpia\ntitle: Table\n---\n\n# Title\n\nIntro text.\n\n';
const R1 = '```risk\nid: R1\ntitle: First | with a pipe\ndescription: x\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE, {text: "Line one\\nline two"}]\nresidual: {likelihood: low, impact: high}\n```\n';
const R2 = '```risk\nid: R2\ntitle: Second\nlikelihood: laag\nimpact: midden\n```\n';

describe('risk table', () => {
  it('has one row per risk with levels, mitigations and status; pipes and newlines escaped', () => {
    const t = registerTable(reg(FM + R1 + R2));
    const lines = t.trim().split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0], /^\| Id +\| Risk +\| Likelihood +\| Impact +\| Inherent +\| Mitigations +\| Residual +\| Status +\|$/);
    assert.match(lines[2], /^\| R1 +\| First \\\| with a pipe +\| high +\| high +\| high +\| M365-DKE, Line one line two +\| low +\| mitigated +\|$/);
    assert.match(lines[3], /^\| R2 +\| Second +\| low +\| medium +\| low +\| – +\| – +\| low, no action needed +\|$/);
  });

  it('uses Dutch headers and labels in a Dutch document', () => {
    const t = registerTable(reg(FM.replace('title: Table', 'title: Tabel\nlanguage: nl') + R2));
    assert.match(t, /^\| Id +\| Risico +\| Kans +\| Impact +\| Inherent +\| Maatregelen +\| Restrisico +\| Status +\|/);
    assert.match(t, /\| laag +\| midden +\| laag +\|/);
  });

  it('inserts the markers and table after the first heading following the front matter', () => {
    const text = FM + R1;
    const { edit, inserted } = tableEdit(doc(text), reg(text));
    assert.ok(inserted);
    const out = applyEdits(text, [edit]);
    const head = FM.slice(0, FM.indexOf('# Title\n') + '# Title\n'.length);
    assert.ok(out.startsWith(head + '\n<!-- dpia:risk-table -->\n| Id'), out);
    assert.ok(out.endsWith('<!-- /dpia:risk-table -->\n\nIntro text.\n\n' + R1));
    assert.deepEqual(check(out, { today: null }), []);
  });

  it('changes only the text between the markers; the rest stays byte for byte (LF, CRLF, BOM)', () => {
    const before = FM + 'Before the table.  \n<!-- dpia:risk-table -->\nold stuff\n| stale |\n<!-- /dpia:risk-table -->\nAfter.\t\n\n' + R1 + R2;
    for (const variant of [before, before.replace(/\n/g, '\r\n'), '\uFEFF' + before.replace(/\n/g, '\r\n')]) {
      const d = doc(variant);
      const { edit, stale } = tableEdit(d, buildRegister(analyze(d, {})));
      assert.ok(stale);
      const out = applyEdits(variant, [edit]);
      const startMarker = variant.indexOf('<!-- dpia:risk-table -->') + '<!-- dpia:risk-table -->'.length;
      const endMarker = variant.indexOf('<!-- /dpia:risk-table -->');
      assert.equal(out.slice(0, startMarker), variant.slice(0, startMarker), 'prefix unchanged');
      assert.equal(out.slice(out.indexOf('<!-- /dpia:risk-table -->')), variant.slice(endMarker), 'suffix unchanged');
      const eol = variant.includes('\r\n') ? '\r\n' : '\n';
      const inner = out.slice(startMarker, out.indexOf('<!-- /dpia:risk-table -->'));
      assert.ok(inner.split(eol).slice(0, -1).every((l) => !l.includes('\n') && !l.includes('\r')), 'inner lines use the document line ends');
      const again = doc(out);
      assert.equal(tableEdit(again, buildRegister(analyze(again, {}))).stale, false, 'regenerated table is fresh');
    }
  });

  it('ignores markers inside fenced code', () => {
    const text = FM + '```md\n<!-- dpia:risk-table -->\n<!-- /dpia:risk-table -->\n```\n' + R2;
    assert.ok(tableEdit(doc(text), reg(text)).inserted);
  });
});

describe('rule table.stale', () => {
  it('warns when the table no longer matches, with a regenerate fix that makes it fresh', () => {
    const text = FM + '<!-- dpia:risk-table -->\n| old |\n<!-- /dpia:risk-table -->\n\n' + R2;
    const d = check(text, { today: null });
    assert.deepEqual(d.map((x) => `${x.code}@${x.range.start.line + 1}:${x.range.start.character + 1}`), ['table.stale@10:1']);
    assert.equal(d[0].severity, 'warning');
    const fixed = applyEdits(text, d[0].fixes![0].edits);
    assert.deepEqual(check(fixed, { today: null }), []);
    const changed = fixed.replace('title: Second', 'title: Renamed');
    assert.deepEqual(check(changed, { today: null }).map((x) => x.code), ['table.stale']);
  });

  it('a regenerated table is fresh even where Markdown escaped characters of a title', () => {
    const titles = ['*stars* and _under_', 'back`tick` and <b>tag</b>', 'AT&amp;T &#x26; \\ backslash', 'pipe | [link](x) # hash'];
    const blocks = titles.map((t, i) => '```risk\nid: E' + i + '\ntitle: ' + JSON.stringify(t) + '\nlikelihood: low\nimpact: low\n```\n').join('\n');
    const text = FM + '<!-- dpia:risk-table -->\n<!-- /dpia:risk-table -->\n\n' + blocks;
    const stale = check(text, { today: null });
    assert.deepEqual(stale.map((x) => x.code), ['table.stale']);
    const fixed = applyEdits(text, stale[0].fixes![0].edits);
    assert.match(fixed, /\\\*stars\\\*/, 'remark-stringify escaped the stars');
    assert.deepEqual(check(fixed, { today: null }), []);
    assert.deepEqual(check(fixed.replace('and _under_', 'and _over_'), { today: null }).map((x) => x.code), ['table.stale']);
  });

  it('character references that are not characters do not crash the table check', () => {
    const text = FM + '<!-- dpia:risk-table -->\n| Id | Risk |\n| -- | -- |\n| R2 | &#x999999; &#0; |\n<!-- /dpia:risk-table -->\n\n' + R2;
    assert.deepEqual(check(text, { today: null }).map((x) => x.code), ['table.stale']);
  });
});

describe('table cells on one line (oneLine)', () => {

  it('makes each line break with the spaces around it one space, and keeps other spacing', () => {
    assert.equal(oneLine('a  b'), 'a  b');
    assert.equal(oneLine('a \n  b'), 'a b');
    assert.equal(oneLine('a\r\n\r\nb'), 'a b');
    assert.equal(oneLine('a\n  \n b'), 'a b');
    assert.equal(oneLine('\n x'), ' x');
    assert.equal(oneLine('x \n'), 'x ');
  });

  it('handles a title of 100,000 inner spaces and a line break (the old regex backtracked quadratically)', () => {
    const out = oneLine(`a${' '.repeat(100_000)}b\n c`);
    assert.equal(out, `a${' '.repeat(100_000)}b c`);
  });
});
