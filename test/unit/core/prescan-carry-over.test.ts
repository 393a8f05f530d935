// Issue 16, section 1: when a DPIA names its pre-scan, the pre-scan's data categories and purposes
// carry over: completion offers those not yet in the DPIA, and each one missing is a warning.
import * as assert from 'node:assert/strict';
import { analyze, complete, parseDocument, ParseCache } from '../../../src/core/index';

const F = '```';
const PRESCAN = `---\ntype: prescan\ntitle: s\n---\n\n${F}prescan\nid: S1\ndata: [D-A, D-B, Location data]\npurposes: [P-1, P-2]\noutcome: dpia-required\nreasoning: r\ndpo-advice: a\n${F}\n`;
const FM = (lang = 'en', prescan = './s.prescan.md') => `---\ntype: dpia\ntitle: t\nlanguage: ${lang}\nprescan: ${prescan}\n---\n\n`;

/** Analyses `text` (cursor "|") as /w/a.dpia.md, with /w/s.prescan.md readable and nothing else. */
function at(text: string, prescan: string | undefined = PRESCAN) {
  const idx = text.indexOf('|');
  const clean = idx < 0 ? text : text.slice(0, idx) + text.slice(idx + 1);
  const before = clean.slice(0, Math.max(idx, 0)).split('\n');
  const reads: string[] = [];
  const readResource = (_uri: string, rel: string) => {
    reads.push(rel);
    return rel === './s.prescan.md' && prescan !== undefined ? prescan : { error: 'no such file' };
  };
  const analysis = analyze(parseDocument('/w/a.dpia.md', clean, new ParseCache()), { uri: '/w/a.dpia.md', today: '2026-01-01', readResource }, 1);
  return { analysis, pos: { line: before.length - 1, character: before[before.length - 1].length }, reads };
}
const codes = (text: string, prescan?: string) => at(text, prescan).analysis.diagnostics.map((d) => d.code).filter((c) => c.startsWith('prescan.')).sort();
const items = (text: string) => {
  const { analysis, pos } = at(text);
  return complete(analysis, pos);
};

describe('pre-scan carry-over into the DPIA', () => {
  it('reports each data category and purpose of the pre-scan that the DPIA lacks, at the prescan: line', () => {
    const { analysis } = at(FM() + `${F}data\nid: D-A\nname: Account\nretention: { period: P1Y }\n${F}\n\n${F}purpose\nid: P-1\nbasis: b\n${F}\n`);
    const got = analysis.diagnostics.filter((d) => d.code.startsWith('prescan.'));
    assert.deepEqual(got.map((d) => `${d.code}@${d.range.start.line}`).sort(), ['prescan.data-not-in-inventory@4', 'prescan.data-not-in-inventory@4', 'prescan.purpose-not-in-dpia@4']);
    assert.ok(got.some((d) => d.message.includes('"D-B"')));
    assert.ok(got.some((d) => d.message.includes('"Location data"')));
    assert.ok(got.some((d) => d.message.includes('"P-2"')));
  });

  it('matches ids and names without regard to case; a complete DPIA has no carry-over warning', () => {
    const text = FM() + ['D-A', 'd-b'].map((id) => `${F}data\nid: ${id}\nname: n ${id}\nretention: { period: P1Y }\n${F}\n`).join('\n') + `\n${F}data\nid: D-LOC\nname: LOCATION data\nretention: { period: P1Y }\n${F}\n\n${F}purpose\nid: P-1\nbasis: b\n${F}\n\n${F}purpose\nid: P9\ntitle: p-2\nbasis: b\n${F}\n`;
    assert.deepEqual(codes(text), []);
  });

  it('messages follow the document language', () => {
    const { analysis } = at(FM('nl') + 'Tekst.\n');
    const m = analysis.diagnostics.find((d) => d.code === 'prescan.data-not-in-inventory');
    assert.match(m!.message, /De pre-scan noemt de gegevenscategorie "D-A"/);
  });

  it('an unreadable pre-scan is one warning, and nothing is compared', () => {
    assert.deepEqual(codes(FM('en', './missing.prescan.md') + 'Text.\n'), ['prescan.link-unreadable']);
  });

  it('a placeholder path, a DTIA and a pre-scan itself are not compared, and read nothing', () => {
    const ph = at(FM('en', "'<path of the pre-scan>'") + 'Text.\n');
    assert.deepEqual(ph.reads, []);
    assert.deepEqual(codes(FM('en', "'<path of the pre-scan>'") + 'Text.\n'), []);
    assert.deepEqual(codes(`---\ntype: dtia\ntitle: t\nprescan: ./s.prescan.md\n---\n\nText.\n`), []);
  });

  it('completion in a data block\'s id offers the pre-scan\'s categories not yet described, marked as coming from the pre-scan', () => {
    const got = items(FM() + `${F}data\nid: D-A\nname: Account\n${F}\n\n${F}data\nid: |\n${F}\n`);
    assert.deepEqual(got.map((i) => i.label), ['D-B', 'Location data']);
    assert.match(got[0].detail ?? '', /^from the pre-scan: \.\/s\.prescan\.md$/);
    const nl = at(FM('nl') + `${F}data\nname: |\n${F}\n`);
    assert.match(complete(nl.analysis, nl.pos)[0].detail ?? '', /^uit de pre-scan/);
  });

  it('completion in a purpose block\'s id or title offers the pre-scan\'s purposes not yet assessed; the block being typed does not count', () => {
    assert.deepEqual(items(FM() + `${F}purpose\nid: P-1\nbasis: b\n${F}\n\n${F}purpose\nid: |\n${F}\n`).map((i) => i.label), ['P-2']);
    assert.deepEqual(items(FM() + `${F}purpose\nid: P-|\n${F}\n`).map((i) => i.label), ['P-1', 'P-2']);
  });
});
