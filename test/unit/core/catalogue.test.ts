import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinCatalogue, check, analyze, measureMarkdown, parseCatalogue, parseDocument, ParseCache } from '../../../src/core/index';
import { builtinMeasures } from '../../../src/core/catalogue/catalogue';
import { snippetFiles } from '../../../src/core/catalogue/snippets';
import { ROOT } from '../helpers';

describe('built-in measure catalogue', () => {
  const entries = builtinCatalogue();

  it('holds every measure of both reports: 18 organisation tips, 3 further organisation measures and 11 supplier measures from the Teams blog, 7 from the Defender memo', () => {
    const teams = entries.filter((e) => e.source.date === '2022-02-21');
    const defender = entries.filter((e) => e.source.date === '2023-06-13');
    assert.equal(teams.filter((e) => /Tips voor de organisatie/.test(e.source.section)).length, 18);
    assert.equal(teams.filter((e) => e.party === 'organisation').length, 21);
    assert.equal(teams.filter((e) => e.party === 'supplier').length, 11);
    assert.equal(defender.length, 7);
    assert.equal(entries.length, 39);
  });

  it('covers both sides of the Defender memo table', () => {
    const table = entries.filter((e) => /> Doorgifte risico >/.test(e.source.section)).map((e) => e.id).sort();
    // The memo's first organisation item ("accept the risks ... until the end of 2023") is a risk acceptance, not a measure.
    assert.deepEqual(table, ['M365-NO-PERSONAL-DATA-SUPPORT-TICKETS', 'M365-PSEUDONYMS-SECRET-AND-ADMINS', 'MSFT-EU-DATA-BOUNDARY']);
  });

  it('every measure has a source, Dutch and English text, tags, and an id that follows the naming rule', () => {
    for (const e of entries) {
      assert.match(e.id, e.party === 'organisation' ? /^M365-[A-Z0-9]+(-[A-Z0-9]+)*$/ : /^MSFT-[A-Z0-9]+(-[A-Z0-9]+)*$/, e.id);
      assert.ok(e.source.report && e.source.date && e.source.section, e.id);
      assert.ok(e.title.en && e.title.nl && e.description?.en && e.description?.nl, e.id);
      assert.ok(e.tags?.length, e.id);
    }
  });

  it('records the dates the reports give as due (to be done by), valid-until and from; no `deadline` any more', () => {
    const dates = (id: string) => {
      const e = entries.find((x) => x.id === id)!;
      return { due: e.due, until: e['valid-until'], from: e.from };
    };
    assert.deepEqual(dates('MSFT-REMOVE-BING-SHAREPOINT'), { due: '2022-07-31', until: undefined, from: undefined });
    assert.deepEqual(dates('M365-WARN-BING-IMAGES'), { due: undefined, until: '2022-08-21', from: undefined });
    assert.deepEqual(dates('M365-NO-PERSONAL-DATA-SUPPORT-TICKETS'), { due: undefined, until: '2024-12-31', from: undefined });
    assert.deepEqual(dates('MSFT-EU-DATA-PROCESSING'), { due: undefined, until: undefined, from: '2023-01-01' });
    assert.deepEqual(dates('M365-EU-ONLY-PROCESSING'), { due: undefined, until: undefined, from: '2023-01-01' });
    assert.deepEqual(dates('MSFT-EU-DATA-BOUNDARY'), { due: '2024-12-31', until: undefined, from: undefined });
    for (const e of entries) assert.ok(!('deadline' in e) && !('deadline-note' in e), e.id);
    const old = parseCatalogue("measures:\n  - id: X1\n    party: organisation\n    title: {en: a, nl: b}\n    source: {report: r, date: 2026-01-01, section: s}\n    deadline: 2026-02-01\n", 'old.yaml');
    assert.match(old.problems.join(), /line 6, column 5: unknown key/); // the `deadline` line, located without quoting it
  });

  it('no catalogue entry is a risk acceptance (an acceptance is not a measure)', () => {
    assert.equal(entries.find((e) => e.id === 'M365-ACCEPT-TRANSFER-LOGS-2023'), undefined);
    for (const e of entries) {
      assert.ok(!e.tags?.includes('risk-acceptance'), e.id);
      // "accept the risk(s)" / "risico's accepteren" in any word order
      const text = `${e.id} ${e.title.en} ${e.description?.en} ${e.title.nl} ${e.description?.nl}`;
      assert.doesNotMatch(text, /accept\w*\W+(\w+\W+){0,3}(risk|risico)|(risk|risico)\w*\W+(\w+\W+){0,4}accept/i, e.id);
    }
  });

  it('has the four measures the Teams blog names that were missing, each with its source', () => {
    const want: Record<string, [string, string, RegExp]> = {
      'M365-FOLLOW-OFFICE365-RECOMMENDATIONS': ['organisation', 'Zes lage privacyrisico’s voor de diagnostische persoonsgegevens', /eerdere aanbevelingen over het gebruik van Office 365 opvolgen/],
      'M365-EU-ONLY-PROCESSING': ['organisation', 'Zes lage privacyrisico’s voor de diagnostische persoonsgegevens', /Vanaf 2023 kunnen organisaties ervoor kiezen/],
      'M365-BLOCK-THIRD-PARTY-CONTENT': ['organisation', 'Zes lage privacyrisico’s voor de diagnostische persoonsgegevens', /Giphy uitzetten, ook voor gastgebruikers/],
      'MSFT-AUDIT-RIGHTS': ['supplier', 'Speciale privacyvoorwaarden Rijksoverheid en universiteiten', /effectieve auditrechten aan de Rijksoverheid/],
    };
    for (const [id, [party, section, quote]] of Object.entries(want)) {
      const e = entries.find((x) => x.id === id);
      assert.ok(e, `${id} missing`);
      assert.equal(e.party, party, id);
      assert.equal(e.source.date, '2022-02-21', id);
      assert.equal(e.source.section, section, id);
      assert.match(e.source.quote ?? '', quote, id);
      assert.match(e.source.report, /^Privacy Company, blogpost/, id);
    }
  });

  it('keeps titles faithful to the reports', () => {
    const e = (id: string) => entries.find((x) => x.id === id)!;
    // The DPIA demands that Microsoft announce *when* E2EE comes for all Teams exchanges, not that it deliver it.
    assert.match(e('MSFT-E2EE-ALL-TEAMS').title.en, /^Announce when/);
    assert.match(e('MSFT-E2EE-ALL-TEAMS').title.nl, /^Bekendmaken wanneer/);
    // "over het algemeen ... gepseudonimiseerde en geaggregeerde gegevens"
    assert.match(e('MSFT-EU-DATA-PROCESSING').description!.nl, /over het algemeen alleen gepseudonimiseerde en geaggregeerde gegevens/);
    assert.match(e('MSFT-EU-DATA-PROCESSING').description!.en, /in general concern only pseudonymised and aggregated data/);
    // The Bing removal was a commitment (February 2022), not a delivered measure.
    assert.match(e('MSFT-REMOVE-BING-SHAREPOINT').title.en, /^Commitment/);
    // Customer Lockbox is recommended "voor andere opgeslagen persoonsgegevens", not for special-category data (that is DKE).
    const lockbox = e('M365-CUSTOMER-LOCKBOX');
    assert.ok(lockbox.tags?.includes('other-stored-data'));
    assert.ok(!lockbox.tags?.includes('special-categories'));
    assert.match(lockbox.title.nl, /andere opgeslagen persoonsgegevens/);
  });

  it('hover shows the report\'s due, valid-until and from dates with the report\'s words', () => {
    // Unescaped, so the test holds whether or not hover text is Markdown-escaped.
    const md = (id: string, lang: 'en' | 'nl') => measureMarkdown(builtinMeasures().find((m) => m.id === id)!, lang).replace(/\\(.)/g, '$1');
    assert.match(md('MSFT-REMOVE-BING-SHAREPOINT', 'en'), /Due: 2022-07-31/);
    assert.match(md('MSFT-REMOVE-BING-SHAREPOINT', 'en'), /Dates: By July 2022 at the latest \(a commitment\)\./);
    assert.match(md('M365-WARN-BING-IMAGES', 'nl'), /Geldig tot en met: 2022-08-21/);
    assert.match(md('M365-EU-ONLY-PROCESSING', 'nl'), /Vanaf: 2023-01-01/);
    assert.doesNotMatch(md('M365-DKE', 'en'), /Due|Valid until|From:/);
  });

  it('a document measure block may say valid-until and from; hover shows them', () => {
    const text = '---\ntype: dpia\ntitle: t\n---\n```measure\nid: M-TEMP\ntitle: Temporary warning\nvalid-until: 2026-06-30\nfrom: 2026-01-01\n```\n';
    assert.deepEqual(check(text, { uri: '/w/a.dpia.md', today: '2026-03-01' }), []);
    const doc = parseDocument('/w/a.dpia.md', text, new ParseCache());
    const m = analyze(doc).environment.measures.get('M-TEMP')!;
    assert.match(measureMarkdown(m, 'en').replace(/\\(.)/g, '$1'), /From: 2026-01-01 · Valid until: 2026-06-30/);
    assert.deepEqual(check(text.replace('valid-until', 'deadline'), { uri: '/w/a.dpia.md', today: '2026-03-01' }).map((d) => d.code), ['schema.unknown-key']);
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
    const env = analyze(doc, { readResource: () => ours });
    assert.equal(env.environment.measures.get('M365-DKE')!.title.en, 'Our own key service');
    assert.equal(env.environment.measures.get('M365-DKE')!.origin, './ours.yaml');
    assert.equal(env.environment.measures.all().length, builtinMeasures().length);
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

  it('a measure snippet pre-fills `due` with the date the report gives, and names the dates in its description', () => {
    const snippets = JSON.parse(snippetFiles(builtinCatalogue())['measures.code-snippets']);
    assert.ok(snippets['Measure MSFT-REMOVE-BING-SHAREPOINT'].body.includes('  due: ${2:2022-07-31}'));
    assert.match(snippets['Measure M365-WARN-BING-IMAGES'].description, /valid until 2022-08-21/);
    assert.ok(snippets['Measure M365-DKE'].body.includes('  due: ${2:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}'));
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

  it('has the seven templates and four worked examples', () => {
    assert.deepEqual(docs.sort(), ['dpia-rijksdienst.en.md', 'dpia-rijksdienst.nl.md', 'dpia.en.md', 'dtia.en.md', 'dtia.nl.md', 'examples/microsoft-365-defender.dpia.md', 'examples/teams-onedrive-sharepoint.dpia.md', 'examples/teams-onedrive-sharepoint.dtia.md', 'examples/teams-onedrive-sharepoint.prescan.md', 'prescan.en.md', 'prescan.nl.md']);
  });

  for (const f of docs) {
    it(`${f} passes dpia check without errors`, () => {
      const errors = check(readFileSync(join(dir, f), 'utf8'), { uri: join(dir, f), today: '2026-11-23' }).filter((d) => d.severity === 'error');
      assert.deepEqual(errors, []);
    });
  }

  it('the Rijksdienst template has all 17 paragraphs in parts A–D, the summary, version table, DPO advice and adoption', () => {
    const t = readFileSync(join(dir, 'dpia-rijksdienst.nl.md'), 'utf8');
    for (let i = 1; i <= 17; i++) assert.match(t, new RegExp(`^### ${i}\\. `, 'm'), `§${i}`);
    for (const part of ['Deel A', 'Deel B', 'Deel C', 'Deel D', 'Managementsamenvatting', 'Versiebeheer', 'Advies functionaris gegevensbescherming', 'Vaststelling en ondertekening']) assert.ok(t.includes(part), part);
    assert.match(t, /### 16\.[\s\S]*```risk[\s\S]*### 17\./);
  });

  /** Paragraph numbers under each `## <word> X:` part heading, in document order. */
  const parts = (t: string, word: string) => {
    const out: Record<string, number[]> = {};
    let part = '';
    for (const line of t.split('\n')) {
      const p = new RegExp(`^## ${word} ([A-D]):`).exec(line);
      if (p) part = p[1];
      const h = /^### (\d+)\. /.exec(line);
      if (h) (out[part] ??= []).push(Number(h[1]));
    }
    return out;
  };
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

  for (const [f, word] of [['dpia-rijksdienst.nl.md', 'Deel'], ['dpia-rijksdienst.en.md', 'Part']]) {
    it(`${f}: part A is §1–§10, part B §11–§15, part C §16, part D §17 (Model DPIA Rijksdienst v3)`, () => {
      assert.deepEqual(parts(readFileSync(join(dir, f), 'utf8'), word), { A: range(1, 10), B: range(11, 15), C: [16], D: [17] });
    });

    it(`${f}: the example risk has origin and a motivation of likelihood, impact and level`, () => {
      const doc = parseDocument(join(dir, f), readFileSync(join(dir, f), 'utf8'), new ParseCache());
      const risk = doc.blocks.find((b) => b.kind === 'risk')!.value as Record<string, any>;
      assert.equal(typeof risk.origin, 'string');
      for (const k of ['likelihood', 'impact', 'level']) assert.equal(typeof risk.motivation?.[k], 'string', k);
    });

    it(`${f}: §11 says a public body cannot rely on legitimate interest for its public tasks (Art. 6(1) last sentence)`, () => {
      const t = readFileSync(join(dir, f), 'utf8');
      const s11 = t.slice(t.indexOf('### 11.'), t.indexOf('### 12.'));
      assert.match(s11, word === 'Deel' ? /geen beroep doen op het\s+gerechtvaardigd belang/ : /cannot rely on legitimate interests/);
      assert.match(s11, word === 'Deel' ? /laatste volzin van artikel 6,\s+eerste lid/ : /last sentence of Article 6\(1\)/);
    });
  }

  it('the DTIA templates and §8 of the Rijksdienst templates reflect the DPF (2023), EO 14086, the Data Protection Review Court and the pending Latombe appeal', () => {
    const texts: [string, string][] = [];
    for (const f of ['dtia.en.md', 'dtia.nl.md']) {
      const t = readFileSync(join(dir, f), 'utf8');
      texts.push([f, t.slice(t.search(/^## (Step|Stap) 3:/m), t.search(/^## (Step|Stap) 4:/m))]);
    }
    for (const f of ['dpia-rijksdienst.nl.md', 'dpia-rijksdienst.en.md']) {
      const t = readFileSync(join(dir, f), 'utf8');
      texts.push([f, t.slice(t.indexOf('### 8.'), t.indexOf('### 9.'))]);
    }
    for (const [f, t] of texts) {
      for (const re of [/Data Privacy Framework|DPF/, /2023/, /Executive\s+Order\s+14086/, /Data\s+Protection\s+Review\s+Court/, /Latombe/, /T-553\/23/, /(hoger beroep|appeal)[\s\S]*(loopt|pending)/]) assert.match(t, re, `${f}: ${re}`);
    }
  });

  it('the generic templates use generic measures, not Microsoft catalogue measures', () => {
    for (const f of docs.filter((d) => !d.startsWith('examples/'))) {
      const doc = parseDocument(join(dir, f), readFileSync(join(dir, f), 'utf8'), new ParseCache());
      for (const b of doc.blocks) {
        const v = b.value as Record<string, any> | undefined;
        const refs = [...(v?.mitigations ?? []), ...(v?.safeguards ?? [])].map((m: any) => (typeof m === 'string' ? m : m.measure)).filter(Boolean);
        for (const r of refs) assert.doesNotMatch(r, /^(M365|MSFT)-/, `${f} ${b.id}: ${r}`);
      }
    }
  });

  it('the templates (not the worked examples) check with no diagnostics at all', () => {
    for (const f of docs.filter((d) => !d.startsWith('examples/'))) {
      assert.deepEqual(check(readFileSync(join(dir, f), 'utf8'), { uri: join(dir, f), today: '2026-11-23' }).map((d) => `${d.code} ${d.message}`), [], f);
    }
  });

  it('every template is offered by the "New DPIA from template" command', () => {
    const commands = readFileSync(join(ROOT, 'src', 'extension', 'new-document.ts'), 'utf8');
    for (const f of docs.filter((d) => !d.startsWith('examples/'))) assert.ok(commands.includes(`file: '${f}'`), f);
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
