import * as assert from 'node:assert/strict';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, analyze, hover, parseDocument, ParseCache } from '../../../src/core/index';
import { adequacyAsOf, adequacyCovers, adequacyDetails, adequacyEntry, defaultProblemLaws, destinationStatus, needsAssessment } from '../../../src/core/model/destinations';
import { isCountryCode } from '../../../src/core/model/country-names';
import { ROOT } from '../helpers';

const DTIA = '---\ntype: dtia\ntitle: t\n---\n';

describe('adequacy data (src/core/data/adequacy.yaml)', () => {
  const raw = load(readFileSync(join(ROOT, 'src/core/data/adequacy.yaml'), 'utf8')) as Record<string, Record<string, Record<string, unknown>>>;

  it('is dated and cites its source', () => {
    const { asOf, source } = adequacyAsOf();
    assert.match(asOf, /^2026-11-\d\d$/);
    assert.match(source, /European Commission/);
  });

  it('every decision has a reference, a date and valid country code; end dates and notes where it has them', () => {
    for (const section of ['adequate', 'dpf']) {
      for (const [code, e] of Object.entries(raw[section])) {
        assert.ok(isCountryCode(code), code);
        assert.match(String(e.decision), /Commission/, code);
        assert.match(String(e['decision-nl']), /Commissie/, code);
        assert.match(String(e.date), /^\d{4}-\d\d(-\d\d)?$/, code);
        if (e.note) assert.ok(e['note-nl'], `${code}: note without Dutch`);
      }
    }
    assert.deepEqual(Object.keys(raw.adequate).sort(), ['AD', 'AR', 'BR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'UY']);
    assert.equal(adequacyEntry('JP')!.decision, 'Commission Implementing Decision (EU) 2019/419');
    assert.equal(adequacyEntry('US')!.decision, 'Commission Implementing Decision (EU) 2023/1795');
    assert.equal(adequacyEntry('US')!.date, '2023-07-10');
    assert.match(adequacyEntry('GB')!.until!, /^2031-12/);
    assert.match(adequacyEntry('BR')!.date, /^2026-01/);
  });

  it('knows the EEA, the outermost regions, adequacy decisions and the DPF', () => {
    for (const c of ['NL', 'NO', 'RE', 'GP', 'MQ', 'GF', 'YT', 'MF']) assert.equal(destinationStatus(c), 'eea', c);
    for (const c of ['JP', 'GB', 'BR', 'CA', 'KR', 'CH']) assert.equal(destinationStatus(c), 'adequate', c);
    assert.equal(destinationStatus('US'), 'dpf');
    assert.equal(destinationStatus('IN'), 'none');
    assert.equal(destinationStatus('UK'), 'none');
    assert.equal(destinationStatus('constructor'), 'none', 'no prototype keys');
  });

  it('Canada and Japan cover private-sector importers only', () => {
    assert.equal(adequacyCovers('JP', 'private'), true);
    assert.equal(adequacyCovers('JP', undefined), true);
    assert.equal(adequacyCovers('JP', 'public'), false);
    assert.equal(adequacyCovers('CA', 'public'), false);
    assert.equal(adequacyCovers('GB', 'public'), true);
    assert.equal(needsAssessment('JP', 'scc', 'public'), true);
    assert.equal(needsAssessment('JP', undefined, 'private'), false);
  });

  it('needs no assessment for a derogation, the EEA or a certified US importer', () => {
    assert.equal(needsAssessment('IN', 'derogation'), false);
    assert.equal(needsAssessment('IN', 'scc'), true);
    assert.equal(needsAssessment('RE', undefined), false);
    assert.equal(needsAssessment('US', 'dpf'), false);
    assert.equal(needsAssessment('US', 'scc'), true);
  });

  it('problem laws of the US default to FISA 702 and EO 12333', () => {
    assert.deepEqual(defaultProblemLaws('US'), ['FISA-702', 'EO-12333']);
    assert.deepEqual(defaultProblemLaws('IN'), []);
  });

  it('details name the decision, its date, end date and scope, in English and Dutch', () => {
    assert.match(adequacyDetails('JP', 'en')!, /^Commission Implementing Decision \(EU\) 2019\/419 of 2019-01-23; the private sector under the APPI only; list as of 2026-11-\d\d$/);
    assert.match(adequacyDetails('JP', 'nl')!, /^Uitvoeringsbesluit \(EU\) 2019\/419 van de Commissie van 2019-01-23; alleen de private sector onder de APPI; lijst bijgewerkt op 2026-11-\d\d$/);
    assert.match(adequacyDetails('GB', 'en')!, /2021\/1772.*valid until 2031-12/);
    assert.match(adequacyDetails('BR', 'en')!, /January 2026/);
    assert.equal(adequacyDetails('IN', 'en'), undefined);
  });
});

describe('transfers: hover and fixes', () => {
  it('hover on a transfer shows the adequacy decision', () => {
    const text = DTIA + '```transfer\nid: T1\ncountry: JP\n```\n';
    const doc = parseDocument('a.dtia.md', text, new ParseCache());
    const h = hover(analyze(doc, {}), { line: 4, character: 3 })!;
    assert.match(h.contents, /Destination: JP \(Japan\): adequacy decision \(Commission Implementing Decision \(EU\) 2019\/419 of 2019-01-23; the private sector under the APPI only/);
  });

  it('hover on a multi-scenario assessment names the scenarios', () => {
    const text = DTIA + '```transfer\nid: T1\ncountry: US\ntool: scc\nmodule: 2\nassessment:\n  years: 5\n  scenarios:\n    - { name: a, factors: [{ name: x, probability: 0.002 }] }\n    - { name: b, factors: [{ name: y, probability: 0.005 }] }\n```\n';
    const doc = parseDocument('a.dtia.md', text, new ParseCache());
    const h = hover(analyze(doc, {}), { line: 4, character: 3 })!;
    assert.match(h.contents, /2 scenarios: 1 − Π\(1 − p_s\)/);
    assert.match(h.contents, /Probability over 5 years: \*\*3\.45%\*\*/);
  });

  it('UK: only transfer.country-unknown, with a fix to GB', () => {
    const text = DTIA + '```transfer\nid: T1\ncountry: UK\n```\n';
    const ds = check(text, { uri: 'a.dtia.md', today: '2026-11-23' });
    assert.deepEqual(ds.map((d) => d.code), ['transfer.country-unknown']);
    assert.match(ds[0].message, /GB/);
    assert.equal(ds[0].fixes?.[0].edits[0].newText, 'GB');
  });

  it('a public importer in Japan is told that the adequacy decision does not cover it', () => {
    const text = DTIA + '```transfer\nid: T1\ncountry: JP\nimporter-sector: public\nassessment: { years: 1, annual-probability: 0.01 }\n```\n';
    const ds = check(text, { uri: 'a.dtia.md', today: '2026-11-23' });
    assert.deepEqual(ds.map((d) => d.code), ['transfer.no-tool']);
    assert.match(ds[0].message, /the private sector under the APPI only, not a public importer/);
  });
});
