import * as assert from 'node:assert/strict';
import { complete, documentSymbols, analyze, foldingRanges, hover, parseDocument, ParseCache, riskLenses, yamlContext } from '../../../src/core/index';

/** A document with a cursor marked by "|". */
function at(text: string) {
  const idx = text.indexOf('|');
  const clean = text.slice(0, idx) + text.slice(idx + 1);
  const before = clean.slice(0, idx).split('\n');
  const doc = parseDocument('a.dpia.md', clean, new ParseCache());
  return { doc, pos: { line: before.length - 1, character: before[before.length - 1].length }, env: analyze(doc, {}) };
}

const FM = '---\ntype: dpia\ntitle: t\n---\n';
/** Markdown with its backslash escapes resolved (document text in hovers is escaped). */
const unescaped = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const FM_NL = '---\ntype: dpia\ntitle: t\nlanguage: nl\n---\n';

describe('yaml context at the cursor', () => {
  const cases: [string, unknown][] = [
    ['```risk\nid: R1\nlik|\n```', { parent: [], kind: 'key', prefix: 'lik' }],
    ['```risk\nid: R1\nresidual:\n  imp|\n```', { parent: ['residual'], kind: 'key', prefix: 'imp' }],
    ['```risk\nid: R1\nlikelihood: ho|\n```', { parent: [], kind: 'value', key: 'likelihood', prefix: 'ho' }],
    ['```risk\nmitigations:\n  - M365-D|\n```', { parent: ['mitigations'], kind: 'value', prefix: 'M365-D' }],
    ['```risk\nmitigations:\n- M365-D|\n```', { parent: ['mitigations'], kind: 'value', prefix: 'M365-D' }],
    ['```risk\nmitigations:\n  - measure: M|\n```', { parent: ['mitigations', 0], kind: 'value', key: 'measure', prefix: 'M' }],
    ['```risk\nmitigations:\n  - measure: M1\n    sta|\n```', { parent: ['mitigations', 0], kind: 'key', prefix: 'sta' }],
    ['```risk\nmitigations:\n  - measure: M1\n    party: org\n    status: |\n```', { parent: ['mitigations', 0], kind: 'value', key: 'status', prefix: '' }],
    ['```risk\nacceptance:\n  by: x\n  un|\n```', { parent: ['acceptance'], kind: 'key', prefix: 'un' }],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const { doc, pos } = at(FM + text);
      const c = yamlContext(doc, pos)!;
      const got: Record<string, unknown> = { parent: c.parent, kind: c.kind, prefix: c.prefix };
      if (c.key) got.key = c.key;
      assert.deepEqual(got, expected);
    });
  }
});

describe('completion', () => {
  const labels = (text: string) => {
    const { pos, env } = at(text);
    return complete(env, pos).map((i) => i.label);
  };

  it('offers the schema keys not yet used at the top of a risk', () => {
    const l = labels(FM + '```risk\nid: R1\n|\n```');
    for (const k of ['title', 'likelihood', 'impact', 'mitigations', 'residual', 'acceptance', 'consultation']) assert.ok(l.includes(k), k);
    assert.ok(!l.includes('id'), 'id is already there');
  });

  it('offers nested keys (residual, mitigation mapping)', () => {
    assert.deepEqual(labels(FM + '```risk\nresidual:\n  |\n```').sort(), ['impact', 'level', 'likelihood', 'motivation']);
    assert.ok(labels(FM + '```risk\nmitigations:\n  - measure: M1\n    |\n```').includes('due'));
  });

  it('offers matrix levels in the document language', () => {
    assert.deepEqual(labels(FM + '```risk\nlikelihood: |\n```'), ['low', 'medium', 'high']);
    assert.deepEqual(labels(FM_NL + '```risk\nimpact: |\n```'), ['laag', 'midden', 'hoog']);
    const ico = labels('---\ntype: dpia\ntitle: t\nmatrix: ico\n---\n```risk\nlikelihood: |\n```');
    assert.deepEqual(ico, ['remote', 'possible', 'probable']);
  });

  it('offers party and status values', () => {
    assert.deepEqual(labels(FM + '```risk\nmitigations:\n  - measure: M1\n    party: |\n```'), ['organisation', 'supplier']);
    assert.deepEqual(labels(FM + '```measure\nstatus: |\n```'), ['planned', 'in-progress', 'implemented', 'rejected']);
    assert.deepEqual(labels(FM + '```risk\n```\n|'), []);
  });

  it('offers catalogue and document measure ids, with title and source', () => {
    const text = FM + '```measure\nid: M-LOCAL\ntitle: Local one\n```\n\n```risk\nmitigations:\n  - |\n```';
    const { pos, env } = at(text);
    const items = complete(env, pos);
    const dke = items.find((i) => i.label === 'M365-DKE')!;
    assert.match(dke.detail!, /Double Key Encryption/);
    assert.match(unescaped(dke.documentation!), /Source: Privacy Company, blogpost ‘Nieuwe DPIA voor de Rijksoverheid en universiteiten op Microsoft Teams, OneDrive en SharePoint Online’/);
    assert.ok(items.some((i) => i.label === 'M-LOCAL'));
    assert.ok(items.some((i) => i.label === 'measure' && i.kind === 'property'), 'mapping keys too');
  });

  it('offers front matter values and block kinds after a fence', () => {
    assert.deepEqual(labels('---\ntype: dpia\ntitle: t\nstatus: |\n---\n'), ['draft', 'review', 'final', 'concept', 'definitief']);
    assert.deepEqual(labels('---\ntype: dpia\ntitle: t\nmatrix: |\n---\n'), ['rijksdienst', 'ico', 'cnil']);
    assert.deepEqual(labels(FM + '\n```|'), ['risk', 'measure', 'transfer', 'data', 'processing', 'purpose', 'prescan']);
    assert.deepEqual(labels(FM + '\n```ri|'), ['risk']);
    assert.deepEqual(labels(FM + '\n```p|'), ['processing', 'purpose', 'prescan']);
  });

  it('never offers the block kind already typed after a fence (Enter then starts the block)', () => {
    assert.deepEqual(labels(FM + '\n```risk|'), []);
    assert.deepEqual(labels(FM + '\n~~~measure|'), []);
  });

  it('lists required keys first, then the others in schema order (sortText keeps that order)', () => {
    const { pos, env } = at(FM + '```risk\n|\n```');
    const items = complete(env, pos);
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 4), ['id', 'title', 'likelihood', 'impact']);
    assert.deepEqual(sorted.slice(4, 8), ['description', 'origin', 'level', 'motivation']);
    const r = at(FM + '```risk\nresidual:\n  |\n```');
    const residual = complete(r.env, r.pos);
    assert.deepEqual([...residual].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label), ['likelihood', 'impact', 'level', 'motivation']);
  });

  it('offers levels low to high (sortText) and never the value already typed', () => {
    const { pos, env } = at(FM_NL + '```risk\nlikelihood: |\n```');
    const items = complete(env, pos);
    assert.deepEqual([...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label), ['laag', 'midden', 'hoog']);
    assert.deepEqual(labels(FM + '```risk\nlikelihood: low|\n```'), ['medium', 'high']);
    assert.deepEqual(labels(FM + '```measure\nstatus: planned|\n```'), ['in-progress', 'implemented', 'rejected']);
  });

  it('shows measure titles in the list and filters on title, party and source words', () => {
    const { pos, env } = at(FM + '```risk\nmitigations:\n  - |\n```');
    const items = complete(env, pos);
    const dke = items.find((i) => i.label === 'M365-DKE')!;
    assert.equal(dke.description, 'Double Key Encryption for highly sensitive files');
    assert.match(dke.filterText!, /Double Key Encryption/);
    assert.match(dke.filterText!, /organisation/);
    assert.match(dke.filterText!, /Privacy Company/);
    const encrypt = items.filter((i) => (i.filterText ?? i.label).toLowerCase().includes('encrypt')).map((i) => i.label);
    assert.ok(encrypt.includes('M365-DKE'), encrypt.join());
  });

  it('never offers a key such as `due` where a measure id is expected', () => {
    const l = labels(FM + '```risk\nmitigations:\n  - |\n```');
    assert.ok(!l.includes('due') && !l.includes('party') && !l.includes('status') && !l.includes('owner'), l.filter((x) => !/^[A-Z]/.test(x)).join());
    assert.ok(l.includes('measure') && l.includes('text'), 'the keys that start the mapping form');
  });
});

describe('hover', () => {
  it('shows the schema description of a key, in the document language', () => {
    const { env } = at(FM_NL + '```risk\nid: R1\nresidual:\n  likelihood: laag\n  impact: hoog\n```|');
    const h = hover(env, { line: 7, character: 3 })!;
    assert.match(h.contents, /Restrisico|restrisico/);
    assert.deepEqual(h.range.start, { line: 7, character: 0 });
  });

  it('shows title, description, party and source of a measure id', () => {
    const { env } = at(FM + '```risk\nid: R1\nmitigations:\n  - M365-DKE\n```|');
    const h = hover(env, { line: 7, character: 6 })!;
    assert.match(h.contents, /\*\*M365\\-DKE\*\*: Double Key Encryption/);
    assert.match(unescaped(h.contents), /Party: organisation/);
    assert.match(unescaped(h.contents), /Source: Privacy Company, blogpost ‘Nieuwe DPIA voor de Rijksoverheid en universiteiten op Microsoft Teams, OneDrive en SharePoint Online’ \(over de DPIA voor JenV en SURF\) \(2022-02-21\), Aanbevolen maatregelen publieke sectororganisaties > Tips voor de organisatie: “Gebruik Microsoft Double Key Encryption/);
  });

  it('shows the computed inherent and residual level with the matrix row', () => {
    const { env } = at(FM + '```risk\nid: R1\ntitle: T\nlikelihood: medium\nimpact: high\nmitigations: [M365-DKE]\nresidual: {likelihood: low, impact: high}\n```|');
    const h = hover(env, { line: 4, character: 4 })!;
    assert.match(h.contents, /Inherent risk: \*\*high\*\*: likelihood medium × impact high \(matrix rijksdienst, row impact high: low · \*\*high\*\* · high\)/);
    assert.match(h.contents, /Residual risk: \*\*low\*\*: likelihood low × impact high/);
  });

  it('says when a stated level is a motivated deviation, and what the matrix gives', () => {
    const { env } = at(FM + '```risk\nid: R1\ntitle: T\nlikelihood: low\nimpact: high\nlevel: high\nmotivation: {level: The report rates it high.}\n```|');
    const h = hover(env, { line: 4, character: 4 })!;
    assert.match(h.contents, /Inherent risk: \*\*high\*\* \(stated, a motivated deviation\); the matrix gives low for likelihood low × impact high/);
  });
});

describe('symbols, folding and CodeLens', () => {
  const text = FM + '```risk\nid: R1\ntitle: Access\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE, M365-CUSTOMER-LOCKBOX, M365-NO-SMS-MFA]\nresidual: {likelihood: low, impact: high}\n```\n\n```measure\nid: M1\ntitle: Logs\nparty: organisation\nstatus: planned\n```\n|';
  it('lists risks with levels and measures in the outline', () => {
    const { env } = at(text);
    const s = documentSymbols(env);
    assert.deepEqual(s.map((x) => [x.name, x.detail, x.kind]), [
      ['R1: Access', 'high → low', 'risk'],
      ['M1: Logs', 'organisation, planned', 'measure'],
    ]);
  });

  it('folds the front matter and every block', () => {
    const { doc } = at(text);
    assert.deepEqual(foldingRanges(doc), [{ start: 0, end: 3 }, { start: 4, end: 11 }, { start: 13, end: 18 }]);
  });

  it('CodeLens: "high → low after 3 mitigations", in Dutch too', () => {
    assert.deepEqual(riskLenses(at(text).env).map((l) => l.title), ['high → low after 3 mitigations']);
    const nl = at(text.replace('title: t\n', 'title: t\nlanguage: nl\n'));
    assert.deepEqual(riskLenses(nl.env).map((l) => l.title), ['hoog → laag na 3 maatregelen']);
  });
});

describe('measure snippets in completion', () => {
  it('a fresh line in a mitigations list offers whole items, the same as snippets/measures.code-snippets', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('../helpers');
    const text = FM + '```risk\nid: R1\nmitigations:\n  |\n```';
    const idx = text.indexOf('|');
    const clean = text.slice(0, idx) + text.slice(idx + 1);
    const lines = clean.slice(0, idx).split('\n');
    const doc = parseDocument('a.dpia.md', clean, new ParseCache());
    const items = complete(analyze(doc, {}), { line: lines.length - 1, character: lines[lines.length - 1].length });
    const dke = items.find((i) => i.label === '- M365-DKE')!;
    assert.equal(dke.snippet, true);
    const file = JSON.parse(readFileSync(join(ROOT, 'snippets', 'measures.code-snippets'), 'utf8'));
    assert.equal(dke.insertText, file['Measure M365-DKE'].body.join('\n'));
  });
});
