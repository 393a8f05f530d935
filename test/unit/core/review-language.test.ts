import * as assert from 'node:assert/strict';
import { analyze, documentSymbols, parseDocument, ParseCache, riskLenses, type DocumentSymbol } from '../../../src/core/index';
import { plural, count } from '../../../src/core/i18n/plural';
import { withArticle, withArticleCapital } from '../../../src/core/i18n/country-article';
import { countryPhrase } from '../../../src/core/model/country-names';

const analysis = (text: string) => analyze(parseDocument('a.dpia.md', text, new ParseCache()), { today: '2026-01-01' });
const FM = (extra = '') => `---\ntype: dpia\ntitle: t\n${extra}---\n`;
const MIT = { en: ['mitigation', 'mitigations'], nl: ['maatregel', 'maatregelen'] } as const;

describe('plurals and country articles', () => {
  it('a count takes the singular for one and the plural otherwise, in both languages', () => {
    assert.deepEqual([0, 1, 2].map((n) => plural(n, MIT, 'en')), ['0 mitigations', '1 mitigation', '2 mitigations']);
    assert.deepEqual([0, 1, 2].map((n) => plural(n, MIT, 'nl')), ['0 maatregelen', '1 maatregel', '2 maatregelen']);
    assert.equal(count(1, 'risk', 'risks'), '1 risk');
  });

  it('country names that need an article get it, in running text and at the start of a sentence', () => {
    assert.equal(countryPhrase('US', 'en'), 'the United States');
    assert.equal(countryPhrase('US', 'nl'), 'de Verenigde Staten');
    assert.equal(countryPhrase('GB', 'nl'), 'het Verenigd Koninkrijk');
    assert.equal(countryPhrase('NL', 'en'), 'the Netherlands');
    assert.equal(countryPhrase('NL', 'nl'), 'Nederland');
    assert.equal(countryPhrase('IN', 'en'), 'India');
    assert.equal(countryPhrase('CN', 'en'), 'China');
    assert.equal(countryPhrase('US', 'en', true), 'The United States');
    assert.equal(withArticle('Cayman Islands', 'en'), 'the Cayman Islands');
    assert.equal(withArticle('Kaaimaneilanden', 'nl'), 'de Kaaimaneilanden');
    assert.equal(withArticleCapital('Verenigde Staten', 'nl'), 'De Verenigde Staten');
    assert.equal(countryPhrase('ZZ', 'en'), 'ZZ', 'an unknown code stays as written');
  });

  it('rule messages read "the law and practice of the United States" and "1 mitigation that is not rejected"', () => {
    const transfer = analysis(`${FM()}\n\`\`\`transfer\nid: T1\ncountry: US\ntool: scc\nmodule: 2\nreview: 2025-01-01\n\`\`\`\n`);
    const overdue = transfer.diagnostics.find((d) => d.code === 'transfer.review-overdue');
    assert.match(overdue?.message ?? '', /the law and practice of the United States and/);
    const nl = analysis(`${FM('language: nl\n')}\n\`\`\`transfer\nid: T1\ncountry: US\ntool: scc\nmodule: 2\nreview: 2025-01-01\n\`\`\`\n`);
    assert.match(nl.diagnostics.find((d) => d.code === 'transfer.review-overdue')?.message ?? '', /wet en praktijk in de Verenigde Staten opnieuw/);
    const risk = analysis(`${FM()}\n\`\`\`risk\nid: R1\ntitle: x\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE]\n\`\`\`\n`);
    const missing = risk.diagnostics.find((d) => d.code === 'risk.residual-missing');
    assert.ok(missing, 'risk.residual-missing is reported');
    assert.match(missing.message, /has 1 mitigation that is not rejected/);
    assert.doesNotMatch(missing.message, /\(s\)/);
  });
});

describe('CodeLens never shows "?"', () => {
  it('says what is missing when a level cannot be computed or a transfer has no destination', () => {
    const a = analysis(`${FM()}\n\`\`\`risk\nid: R1\ntitle: x\nlikelihood: high\nmitigations: [M365-DKE]\n\`\`\`\n\n\`\`\`transfer\nid: T1\ntool: scc\n\`\`\`\n`);
    const titles = riskLenses(a).map((l) => l.title);
    assert.deepEqual(titles, ['likelihood or impact missing, 1 mitigation, no residual stated', 'no destination · scc']);
    for (const t of titles) assert.doesNotMatch(t, /\?/);
    const nl = analysis(`${FM('language: nl\n')}\n\`\`\`risk\nid: R1\ntitle: x\nimpact: high\n\`\`\`\n`);
    assert.deepEqual(riskLenses(nl).map((l) => l.title), ['kans of impact ontbreekt, geen maatregelen']);
  });
});

describe('outline', () => {
  const names = (s: DocumentSymbol[]): unknown => s.map((x) => (x.children.length ? { [x.name]: names(x.children) } : x.name));
  it('is one tree: blocks nested under their headings, sub-headings under headings', () => {
    const text = `${FM()}\n\`\`\`measure\nid: M1\ntitle: Early\n\`\`\`\n\n# Risks\n\n## Access\n\n\`\`\`risk\nid: R1\ntitle: A\nlikelihood: low\nimpact: low\n\`\`\`\n\n\`\`\`yaml\n# not a heading\n\`\`\`\n\n## Transfers ##\n\n\`\`\`transfer\nid: T1\ncountry: US\ntool: dpf\n\`\`\`\n\n# Annex\n`;
    const tree = documentSymbols(analysis(text));
    assert.deepEqual(names(tree), ['M1: Early', { Risks: [{ Access: ['R1: A'] }, { Transfers: ['T1'] }] }, 'Annex']);
    const risks = tree[1];
    assert.equal(risks.kind, 'heading');
    assert.equal(risks.range.start.line, text.split('\n').indexOf('# Risks'));
    assert.equal(risks.range.end.line, text.split('\n').indexOf('# Annex') - 1, 'a heading spans up to the next heading of its level');
  });
});
