// Issue 15: a second built-in catalogue of general measures that cites public sources (ISO/IEC
// 27002:2022 controls, GDPR articles), loaded by default, so a non-Microsoft DPIA gets suggestions.
import * as assert from 'node:assert/strict';
import { analyze, check, complete, generalCatalogue, hover, parseDocument, ParseCache } from '../../../src/core/index';

/** ISO/IEC 27002:2022 controls cited, with their published titles (a typo in a number or title fails here). */
const ISO_27002_2022: Record<string, string> = {
  '5.12': 'Classification of information',
  '5.15': 'Access control',
  '5.18': 'Access rights',
  '5.20': 'Addressing information security within supplier agreements',
  '5.22': 'Monitoring, review and change management of supplier services',
  '5.23': 'Information security for use of cloud services',
  '5.24': 'Information security incident management planning and preparation',
  '6.3': 'Information security awareness, education and training',
  '8.2': 'Privileged access rights',
  '8.5': 'Secure authentication',
  '8.8': 'Management of technical vulnerabilities',
  '8.10': 'Information deletion',
  '8.11': 'Data masking',
  '8.12': 'Data leakage prevention',
  '8.13': 'Information backup',
  '8.15': 'Logging',
  '8.16': 'Monitoring activities',
  '8.24': 'Use of cryptography',
};

const doc = (body: string, lang = 'en') => `---\ntype: dpia\ntitle: HR system\nlanguage: ${lang}\n---\n${body}`;

describe('built-in general catalogue', () => {
  const entries = generalCatalogue();

  it('every measure: a GEN- id, Dutch and English title and description that differ, tags, and a named source', () => {
    assert.ok(entries.length >= 20, `${entries.length} measures`);
    for (const e of entries) {
      assert.match(e.id, /^GEN-[A-Z0-9]+(-[A-Z0-9]+)*$/);
      assert.ok(e.title.en && e.title.nl && e.title.en !== e.title.nl, e.id);
      assert.ok(e.description?.en && e.description.nl && e.description.en !== e.description.nl, e.id);
      assert.ok(e.tags?.length, e.id);
    }
  });

  it('cites an ISO/IEC 27002:2022 control by number and exact title, or a GDPR article', () => {
    for (const e of entries) {
      if (e.source.report.startsWith('ISO/IEC 27002:2022')) {
        const m = /^(\d+\.\d+) (.+)$/.exec(e.source.section);
        assert.ok(m, `${e.id}: "number title"`);
        assert.equal(ISO_27002_2022[m[1]], m[2], `${e.id}: control ${m[1]}`);
        assert.equal(e.source.date, '2022-02-15');
      } else {
        assert.match(e.source.report, /^Regulation \(EU\) 2016\/679/, e.id);
        assert.match(e.source.section, /^Art\. \d+/, e.id);
        assert.equal(e.source.date, '2016-04-27');
      }
    }
  });

  it('is loaded by default: its ids are known, completed and hovered in any DPIA', () => {
    const text = doc('```risk\nid: R1\ntitle: t\nlikelihood: high\nimpact: high\nmitigations: [GEN-MFA, GEN-OWN-KEYS]\nresidual: {likelihood: low, impact: high}\n```\n');
    assert.ok(!check(text, { uri: 'a.dpia.md', today: null }).some((d) => d.code === 'measure.unknown'));
    const d = parseDocument('a.dpia.md', text, new ParseCache());
    const h = hover(analyze(d, {}), { line: 10, character: 16 })!.contents.replace(/\\(.)/g, '$1');
    assert.match(h, /Multi-factor authentication/);
    assert.match(h, /ISO\/IEC 27002:2022.*8\.5 Secure authentication/);
  });

  it('"encrypt" finds the general encryption measures by their titles (Dutch titles in a Dutch document)', () => {
    for (const [lang, title] of [['en', 'Encryption with keys held only by the organisation'], ['nl', 'Versleuteling met sleutels die alleen de organisatie heeft']] as const) {
      const text = doc('```risk\nid: R1\nmitigations:\n  - \n```\n', lang);
      const d = parseDocument('a.dpia.md', text, new ParseCache());
      const items = complete(analyze(d, {}), { line: 8, character: 4 });
      const own = items.find((i) => i.label === 'GEN-OWN-KEYS')!;
      assert.equal(own.description, title);
      const found = items.filter((i) => (i.filterText ?? i.label).toLowerCase().includes('encrypt')).map((i) => i.label);
      for (const id of ['GEN-ENCRYPT-AT-REST', 'GEN-ENCRYPT-IN-TRANSIT', 'GEN-OWN-KEYS']) assert.ok(found.includes(id), `${lang}: ${id}`);
    }
  });
});
