import * as assert from 'node:assert/strict';
import { analyze, complete, documentSymbols, hover, parseDocument, ParseCache } from '../../../src/core/index';

/** A document with a cursor marked by "|". */
function at(text: string) {
  const idx = text.indexOf('|');
  const clean = text.slice(0, idx) + text.slice(idx + 1);
  const before = clean.slice(0, idx).split('\n');
  const doc = parseDocument('a.dpia.md', clean, new ParseCache());
  return { pos: { line: before.length - 1, character: before[before.length - 1].length }, env: analyze(doc, {}) };
}
const F = '```';
const FM = (lang = 'en') => `---\ntype: dpia\ntitle: t\nlanguage: ${lang}\n---\n`;
const DATA = `${F}data\nid: D-HEALTH\nname: Sick notes\nspecial: health\n${F}\n\n${F}data\nid: D-MAIL\nname: E-mail\nretention: { period: P1Y }\n${F}\n\n`;
const labels = (text: string) => {
  const { pos, env } = at(text);
  return complete(env, pos).map((i) => i.label);
};

describe('completion in data, processing, purpose and prescan blocks', () => {
  it('offers the new block kinds after a fence', () => {
    const l = labels(FM() + '```|');
    for (const k of ['data', 'processing', 'purpose', 'prescan', 'risk']) assert.ok(l.includes(k), k);
  });

  it('offers the keys of a data block and of a purpose block from their schemas', () => {
    const d = labels(FM() + `${F}data\nid: D1\n|\n${F}`);
    for (const k of ['special', 'criminal', 'national-id', 'retention', 'source', 'subjects']) assert.ok(d.includes(k), k);
    const p = labels(FM() + `${F}purpose\nid: P1\n|\n${F}`);
    for (const k of ['basis', 'provision', 'exceptions', 'balancing', 'necessity']) assert.ok(p.includes(k), k);
  });

  it('offers enum values: special categories, Art. 6(1) bases, party roles', () => {
    assert.ok(labels(FM() + `${F}data\nid: D1\nspecial: |\n${F}`).includes('sex-life-orientation'));
    assert.deepEqual(labels(FM() + `${F}purpose\nid: P1\nbasis: |\n${F}`), ['a', 'b', 'c', 'd', 'e', 'f']);
    assert.ok(labels(FM() + `${F}processing\nid: V1\nparties:\n  - name: X\n    role: |\n${F}`).includes('sub-processor'));
  });

  it('offers the document\'s data category ids in a purpose\'s data list and in an exception', () => {
    assert.deepEqual(labels(FM() + DATA + `${F}purpose\nid: P1\ndata:\n  - |\n${F}`), ['D-HEALTH', 'D-MAIL']);
    assert.deepEqual(labels(FM() + DATA + `${F}purpose\nid: P1\nexceptions:\n  - data: |\n${F}`), ['D-HEALTH', 'D-MAIL']);
  });

  it('offers purpose ids in a processing\'s purposes, and the AP list types in a pre-scan', () => {
    assert.deepEqual(labels(FM() + `${F}purpose\nid: P1\n${F}\n\n${F}processing\nid: V1\npurposes:\n  - |\n${F}`), ['P1']);
    const ap = labels(FM() + `${F}prescan\nap-list:\n  - |\n${F}`);
    assert.equal(ap.length, 17);
    assert.ok(ap.includes('employee-monitoring'));
  });
});

describe('hover in data and purpose blocks', () => {
  it('on a data category id: its kind and where it is used', () => {
    const { pos, env } = at(FM() + DATA.replace('id: D-HEALTH', 'id: D-HEA|LTH') + `${F}purpose\nid: P1\ndata: [D-HEALTH]\n${F}\n`);
    const h = hover(env, pos)!;
    assert.match(h.contents, /special category/);
    assert.match(h.contents, /Used by: purpose P1/);
  });

  it('on a reference in a purpose, in Dutch', () => {
    const { pos, env } = at(FM('nl') + DATA + `${F}purpose\nid: P1\ndata: [D-MA|IL]\n${F}\n`);
    const h = hover(env, pos)!;
    assert.match(h.contents, /gewone persoonsgegevens/);
    assert.match(h.contents, /Gebruikt door: doel P1/);
  });

  it('on a key of a data block: the schema description in the document\'s language', () => {
    const { pos, env } = at(FM('nl') + `${F}data\nid: D1\nnation|al-id: true\n${F}\n`);
    assert.match(hover(env, pos)!.contents, /art\. 46 UAVG/);
  });

  it('on an AP list type in a pre-scan: its description and the source', () => {
    const { pos, env } = at(FM() + `${F}prescan\nap-list: [employee-mon|itoring]\n${F}\n`);
    const h = hover(env, pos)!;
    assert.match(h.contents, /Monitoring of employees/);
    assert.match(h.contents, /64418/);
  });
});

describe('outline of the new blocks', () => {
  it('shows the basis of a purpose and the kind of a data category', () => {
    const doc = parseDocument('a.dpia.md', FM() + DATA + `${F}purpose\nid: P1\ntitle: Payroll\nbasis: c\n${F}\n`, new ParseCache());
    const s = documentSymbols(analyze(doc, {}));
    assert.deepEqual(s.map((x) => [x.name, x.detail, x.kind]), [
      ['D-HEALTH', 'health', 'data'],
      ['D-MAIL', '', 'data'],
      ['P1: Payroll', '6(1)(c)', 'purpose'],
    ]);
  });
});
