import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinCatalogue, check, featureEnv, parseCatalogue, parseDocument, ParseCache } from '../../../src/core/index';
import { snippetFiles } from '../../../src/core/catalogue/snippets';
import { ROOT } from '../helpers';

describe('built-in measure catalogue', () => {
  const entries = builtinCatalogue();

  it('holds every measure of both reports: 18 organisation tips and 10 supplier measures from the Teams DPIA, 8 from the Defender memo', () => {
    const teams = entries.filter((e) => e.source.date === '2022-02-21');
    const defender = entries.filter((e) => e.source.date === '2023-06-13');
    assert.equal(teams.filter((e) => /Tips voor de organisatie/.test(e.source.section)).length, 18);
    assert.equal(teams.filter((e) => e.party === 'supplier').length, 10);
    assert.equal(defender.length, 8);
    assert.equal(entries.length, 36);
  });

  it('covers both sides of the Defender memo table', () => {
    const table = entries.filter((e) => /tabel 'Doorgifte risico'/.test(e.source.section)).map((e) => e.id).sort();
    assert.deepEqual(table, ['M365-ACCEPT-TRANSFER-LOGS-2023', 'M365-NO-PERSONAL-DATA-SUPPORT-TICKETS', 'M365-PSEUDONYMS-SECRET-AND-ADMINS', 'MSFT-EU-DATA-BOUNDARY']);
  });

  it('every measure has a source, Dutch and English text, tags, and an id that follows the naming rule', () => {
    for (const e of entries) {
      assert.match(e.id, e.party === 'organisation' ? /^M365-[A-Z0-9]+(-[A-Z0-9]+)*$/ : /^MSFT-[A-Z0-9]+(-[A-Z0-9]+)*$/, e.id);
      assert.ok(e.source.report && e.source.date && e.source.section, e.id);
      assert.ok(e.title.en && e.title.nl && e.description?.en && e.description?.nl, e.id);
      assert.ok(e.tags?.length, e.id);
    }
  });

  it('records the deadlines the reports give', () => {
    const deadline = (id: string) => entries.find((e) => e.id === id)?.deadline;
    assert.equal(deadline('M365-ACCEPT-TRANSFER-LOGS-2023'), '2023-12-31');
    assert.equal(deadline('MSFT-REMOVE-BING-SHAREPOINT'), '2022-07-31');
    assert.equal(deadline('M365-NO-PERSONAL-DATA-SUPPORT-TICKETS'), '2024-12-31');
  });

  it('marks customer-held-key measures as keeping data unreadable', () => {
    assert.deepEqual(entries.filter((e) => e['keeps-data-unreadable']).map((e) => e.id), ['M365-DKE']);
  });

  it('the README maps every catalogue id to its report item', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const e of entries) assert.ok(readme.includes('`' + e.id + '`'), `README does not list ${e.id}`);
  });

  it('rejects an invalid workspace catalogue with located problems', () => {
    const r = parseCatalogue('measures:\n  - id: X1\n    party: vendor\n    title: {en: a, nl: b}\n    source: {report: r, date: 2026-01-01, section: s}\n', 'ours.yaml');
    assert.deepEqual(r.entries, []);
    // Located by line and column, never quoting the file's content (the value "vendor").
    assert.deepEqual(r.problems, ['line 3, column 12: must be one of `organisation`, `supplier`']);
  });

  it('a workspace catalogue overrides a built-in measure with the same id', () => {
    const ours = "measures:\n  - id: M365-DKE\n    party: organisation\n    title: {en: Our own key service, nl: Onze eigen sleuteldienst}\n    source: {report: Policy, date: 2026-01-01, section: '3'}\n";
    const doc = parseDocument('/w/a.dpia.md', '---\ntype: dpia\ntitle: t\ncatalogues: [./ours.yaml]\n---\n', new ParseCache());
    const env = featureEnv(doc, { readResource: () => ours });
    assert.equal(env.measures.get('M365-DKE')!.title.en, 'Our own key service');
    assert.equal(env.measures.get('M365-DKE')!.origin, './ours.yaml');
    assert.equal(env.measures.all().length, builtinCatalogue().length);
  });

  it('a workspace catalogue extends and overrides the built-in one', () => {
    const ours = 'measures:\n  - id: ORG-LOGS\n    party: organisation\n    title: {en: Logs, nl: Logs}\n    source: {report: Audit, date: 2026-01-01, section: F4}\n';
    const doc = '---\ntype: dpia\ntitle: t\ncatalogues: [./ours.yaml]\n---\n```risk\nid: R1\ntitle: t\nlikelihood: low\nimpact: low\nmitigations: [ORG-LOGS, M365-DKE, NOPE]\n```\n';
    const d = check(doc, { uri: '/w/a.dpia.md', today: null, readResource: (_u, rel) => (rel === './ours.yaml' ? ours : undefined) });
    assert.deepEqual(d.map((x) => x.code), ['measure.unknown']);
    assert.match(d[0].message, /"NOPE"/);
  });
});

describe('snippets', () => {
  it('snippets/ is up to date with the catalogue (run `npm run snippets` to regenerate)', () => {
    for (const [name, text] of Object.entries(snippetFiles(builtinCatalogue()))) {
      assert.equal(readFileSync(join(ROOT, 'snippets', name), 'utf8'), text, `snippets/${name} is stale`);
    }
  });

  it('a measure snippet, expanded into a risk, gives valid YAML and a known measure', () => {
    const snippets = JSON.parse(snippetFiles(builtinCatalogue())['measures.code-snippets']);
    const body: string[] = snippets['Measure M365-DKE'].body;
    const expanded = body.map((l) => l.replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace('$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE', '2030-01-01').replace('$0', ''));
    const doc = '---\ntype: dpia\ntitle: t\n---\n```risk\nid: R1\ntitle: t\nlikelihood: high\nimpact: high\nmitigations:\n' + expanded.map((l) => '  ' + l).join('\n') + '\nresidual: {likelihood: low, impact: high}\n```\n';
    assert.deepEqual(check(doc, { uri: 'a.dpia.md', today: '2026-01-01' }), []);
  });
});

describe('templates', () => {
  const dir = join(ROOT, 'templates');
  const docs = [...readdirSync(dir).filter((f) => f.endsWith('.md')), ...readdirSync(join(dir, 'examples')).map((f) => `examples/${f}`)];

  it('has the four templates and three worked examples', () => {
    assert.deepEqual(docs.sort(), ['dpia-rijksdienst.nl.md', 'dpia.en.md', 'dtia.en.md', 'dtia.nl.md', 'examples/microsoft-365-defender.dpia.md', 'examples/teams-onedrive-sharepoint.dpia.md', 'examples/teams-onedrive-sharepoint.dtia.md']);
  });

  for (const f of docs) {
    it(`${f} passes dpia check without errors`, () => {
      const errors = check(readFileSync(join(dir, f), 'utf8'), { uri: join(dir, f), today: '2026-11-23' }).filter((d) => d.severity === 'error');
      assert.deepEqual(errors, []);
    });
  }

  it('the worked Teams example passes with no diagnostics at all', () => {
    const f = join(dir, 'examples', 'teams-onedrive-sharepoint.dpia.md');
    assert.deepEqual(check(readFileSync(f, 'utf8'), { uri: f, today: '2026-11-23' }), []);
  });

  it('the Rijksdienst template has all 17 paragraphs in parts A–D, the summary, version table, DPO advice and adoption', () => {
    const t = readFileSync(join(dir, 'dpia-rijksdienst.nl.md'), 'utf8');
    for (let i = 1; i <= 17; i++) assert.match(t, new RegExp(`^### ${i}\\. `, 'm'), `§${i}`);
    for (const part of ['Deel A', 'Deel B', 'Deel C', 'Deel D', 'Managementsamenvatting', 'Versiebeheer', 'Advies functionaris gegevensbescherming', 'Vaststelling en ondertekening']) assert.ok(t.includes(part), part);
    assert.match(t, /### 16\.[\s\S]*```risk[\s\S]*### 17\./);
  });

  it('the English template has ICO steps 1–7 and the step-7 sign-off', () => {
    const t = readFileSync(join(dir, 'dpia.en.md'), 'utf8');
    for (let i = 1; i <= 7; i++) assert.match(t, new RegExp(`^## Step ${i}: `, 'm'));
    for (const row of ['Measures approved by', 'Residual risks approved by', 'DPO advice provided', 'DPO advice accepted or overruled by', 'Consultation responses reviewed by', 'kept under review by']) assert.ok(t.includes(row), row);
  });

  it('the DTIA templates have the six EDPB steps and a transfer block', () => {
    for (const [f, word] of [['dtia.en.md', 'Step'], ['dtia.nl.md', 'Stap']]) {
      const t = readFileSync(join(dir, f), 'utf8');
      for (let i = 1; i <= 6; i++) assert.match(t, new RegExp(`^## ${word} ${i}: `, 'm'), `${f} ${i}`);
      assert.match(t, /```transfer\n/);
    }
  });
});
