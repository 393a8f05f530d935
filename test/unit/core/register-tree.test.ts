// The "DPIA Register" view's tree (core registerTree): groupings, filters, go-to lines, both languages.
import * as assert from 'node:assert/strict';
import { analyze, documentRows, parseDocument, ParseCache, registerTree, type DocumentRows, type TreeNode } from '../../../src/core/index';

const TODAY = '2026-03-01';
const doc = (fm: string, body: string) => `---\ntype: dpia\n${fm}\n---\n\n${body}`;
const risk = (id: string, lk: string, im: string, extra = '') => '```risk\nid: ' + id + '\ntitle: Risk ' + id + `\nlikelihood: ${lk}\nimpact: ${im}\n` + extra + '```\n\n';

function rows(path: string, text: string): DocumentRows {
  const a = analyze(parseDocument(path, text, new ParseCache()), { uri: path, today: TODAY });
  return documentRows(path, a, { today: TODAY, horizonDays: 90 });
}

const A = rows(
  'a.dpia.md',
  doc(
    'title: Alpha\nreview: 2026-01-15',
    risk('R1', 'high', 'high', 'mitigations:\n  - MSFT-EU-DATA-BOUNDARY\n  - measure: M-LOCAL\nresidual: { likelihood: high, impact: high }\nacceptance: { by: Board, date: 2026-01-01, until: 2026-04-15, rationale: no alternative }\n') +
      risk('R2', 'low', 'low') +
      '```measure\nid: M-LOCAL\ntitle: Local logging\nparty: organisation\nstatus: planned\ndue: 2026-02-01\n```\n',
  ),
);
const B = rows('b.dpia.md', doc('title: Beta\nlanguage: nl', risk('R1', 'hoog', 'hoog', 'mitigations:\n  - MSFT-EU-DATA-BOUNDARY\nresidual: { likelihood: laag, impact: laag }\n')));
const DOCS = [A, B];

const labels = (ns: TreeNode[]) => ns.map((n) => n.label);
const find = (ns: TreeNode[], label: RegExp): TreeNode => {
  const hit = ns.find((n) => label.test(n.label));
  assert.ok(hit, `no node ${label} among ${JSON.stringify(labels(ns))}`);
  return hit;
};

describe('register tree (the DPIA Register view)', () => {
  it('rows carry the 1-based line of each risk block and of each measure (its block, or else the first risk listing it)', () => {
    const text = doc('title: X', '\n\nSome prose.\n\n') + risk('R1', 'high', 'high') + risk('R2', 'high', 'high', 'mitigations:\n  - MSFT-EU-DATA-BOUNDARY\n  - M-OWN\n') + '```measure\nid: M-OWN\ntitle: Own\n```\n';
    const lines = text.split('\n');
    const r = rows('x.dpia.md', text);
    assert.deepEqual(r.risks.map((x) => lines[x.line - 1] + lines[x.line]), ['```riskid: R1', '```riskid: R2']);
    assert.equal(r.measures.find((m) => m.id === 'MSFT-EU-DATA-BOUNDARY')!.line, r.risks[1].line, 'a catalogue measure: the risk that lists it');
    assert.equal(lines[r.measures.find((m) => m.id === 'M-OWN')!.line! - 1], '```measure', 'a measure block: the block');
  });

  it('levels carry their rank in the document’s matrix and whether they are its highest', () => {
    assert.deepEqual(A.risks.map((r) => [r.inherent?.id, r.inherent?.rank, !!r.inherent?.top]), [['high', 2, true], ['low', 0, false]]);
  });

  it('by document: each document with its risks, then its measures; a click goes to the risk’s line', () => {
    const tree = registerTree(DOCS, { grouping: 'document', filters: [], lang: 'en' });
    assert.deepEqual(labels(tree), ['Alpha', 'Beta']);
    const alpha = tree[0];
    assert.equal(alpha.alert, 'error', 'risk.residual-high is an error in Alpha');
    assert.equal(tree[1].alert, undefined);
    assert.match(alpha.description!, /a\.dpia\.md · 2 risks · 1 error · 2 warnings/);
    assert.match(alpha.description!, /review overdue \(2026-01-15\)/);
    const r1 = find(alpha.children!, /^R1 /);
    assert.deepEqual(r1.target, { document: 'a.dpia.md', line: A.risks[0].line });
    assert.match(r1.description!, /^high → high · .*acceptance expires 2026-04-15/);
    assert.equal(r1.icon, 'risk-high');
    const measures = find(alpha.children!, /^Measures$/);
    assert.deepEqual(labels(measures.children!).sort(), ['M-LOCAL Local logging', 'MSFT-EU-DATA-BOUNDARY ' + A.measures.find((m) => m.id === 'MSFT-EU-DATA-BOUNDARY')!.title].sort());
    const local = find(measures.children!, /^M-LOCAL/);
    assert.match(local.description!, /organisation · planned · due 2026-02-01 · overdue/);
    assert.equal(local.alert, 'warning');
  });

  it('by level: the highest level first (residual where there is one), each risk naming its document', () => {
    const tree = registerTree(DOCS, { grouping: 'level', filters: [], lang: 'en', display: (p) => `./${p}` });
    // Beta's R1 is high inherent but low residual: it stands at "low" now; Beta's "laag" and Alpha's "low" are one level.
    assert.deepEqual(labels(tree), ['high', 'low']);
    const [high, low] = tree;
    assert.deepEqual(labels(high.children!), ['R1 Risk R1']);
    assert.match(high.children![0].description!, /\.\/a\.dpia\.md$/);
    assert.deepEqual(low.children!.map((c) => `${c.target!.document}#${c.label}`), ['a.dpia.md#R2 Risk R2', 'b.dpia.md#R1 Risk R1']);
    assert.match(low.children![1].description!, /^hoog → laag/);
    // A group is labelled from a document in the asked language, whatever the order of the documents.
    assert.deepEqual(labels(registerTree([B, A], { grouping: 'level', filters: [], lang: 'en' })), ['high', 'low']);
    assert.deepEqual(labels(registerTree([A, B], { grouping: 'level', filters: [], lang: 'nl' })), ['high', 'laag'], 'only Alpha (English) has a high risk');
  });

  it('by measure: the measure most documents depend on first, with those documents; by party: parties, then measures', () => {
    const tree = registerTree(DOCS, { grouping: 'measure', filters: [], lang: 'en' });
    assert.match(tree[0].label, /^MSFT-EU-DATA-BOUNDARY/);
    assert.match(tree[0].description!, /2 documents/);
    assert.deepEqual(tree[0].children!.map((c) => c.target!.document), ['a.dpia.md', 'b.dpia.md']);
    const parties = registerTree(DOCS, { grouping: 'party', filters: [], lang: 'nl' });
    assert.deepEqual(labels(parties), ['organisatie', 'leverancier'], 'parties by id (organisation, supplier), in the asked language');
    assert.match(find(parties, /^leverancier$/).children![0].description!, /leverancier · 2 documenten · over tijd/);
    const org = find(parties, /^organisatie$/);
    assert.match(org.children![0].label, /^M-LOCAL/);
    assert.match(org.children![0].description!, /1 document · over tijd/);
  });

  it('filters: high risks only; acceptances ending; overdue measures and reviews; combined per kind', () => {
    const high = registerTree(DOCS, { grouping: 'document', filters: ['high'], lang: 'en' });
    assert.deepEqual(high.map((d) => labels(d.children!)), [['R1 Risk R1']], 'Beta’s R1 is low after mitigation; measures are not risks');
    const acc = registerTree(DOCS, { grouping: 'level', filters: ['acceptance'], lang: 'en' });
    assert.deepEqual(acc.flatMap((g) => g.children!.map((c) => c.target)), [{ document: 'a.dpia.md', line: A.risks[0].line }]);
    const overdue = registerTree(DOCS, { grouping: 'document', filters: ['overdue'], lang: 'en' });
    assert.deepEqual(labels(overdue), ['Alpha', 'Beta']);
    assert.deepEqual(overdue.map((d) => d.children!.flatMap((c) => labels(c.children ?? [c])).map((l) => l.split(' ')[0])), [['MSFT-EU-DATA-BOUNDARY', 'M-LOCAL'], ['MSFT-EU-DATA-BOUNDARY']], 'only measures: the catalogue’s EU Data Boundary was due in 2024');
    const onlyReview = registerTree([rows('c.dpia.md', doc('title: Gamma\nreview: 2026-01-01', risk('R1', 'low', 'low')))], { grouping: 'document', filters: ['overdue'], lang: 'en' });
    assert.deepEqual(onlyReview.map((d) => [d.label, d.children!.length]), [['Gamma', 0]], 'a document whose review is overdue is listed even without overdue measures');
    const both = registerTree(DOCS, { grouping: 'document', filters: ['high', 'overdue'], lang: 'en' });
    assert.deepEqual(labels(both[0].children!), ['R1 Risk R1', 'Measures']);
    assert.deepEqual(labels(registerTree(DOCS, { grouping: 'document', filters: ['problems'], lang: 'en' })), ['Alpha'], 'only Alpha has errors');
  });

  it('keys are unique among siblings and stable between two builds', () => {
    for (const grouping of ['document', 'level', 'measure', 'party'] as const) {
      const one = registerTree(DOCS, { grouping, filters: [], lang: 'en' });
      const two = registerTree(DOCS, { grouping, filters: [], lang: 'en' });
      const walk = (ns: TreeNode[], path: string, out: string[]) => {
        const keys = ns.map((n) => n.key);
        assert.equal(new Set(keys).size, keys.length, `${grouping}: duplicate keys under ${path}`);
        for (const n of ns) {
          out.push(`${path}/${n.key}`);
          walk(n.children ?? [], `${path}/${n.key}`, out);
        }
        return out;
      };
      assert.deepEqual(walk(one, '', []), walk(two, '', []));
    }
  });
});
