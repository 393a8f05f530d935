// `dpia register`: one register over many documents, in-process (run() with a captured Io).
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';
import type { OrgRegister } from '../../../src/core/org-register/aggregate';

const TODAY = '2026-03-01';

const doc = (fm: string, body: string) => `---\ntype: dpia\n${fm}\n---\n\n${body}`;
const risk = (id: string, extra: string) => '```risk\nid: ' + id + '\ntitle: Risk ' + id + '\nlikelihood: high\nimpact: high\n' + extra + '\n```\n\n';

function dpia(cwd: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { cwd, out: (s) => (out += s), err: (s) => (err += s), isTty: false, env: {} }) as number;
  return { code, out, err };
}

describe('dpia register', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpia-register-'));
    mkdirSync(join(dir, 'team-a'));
    // a: an acceptance ending within 90 days, review overdue, depends on MSFT-EU-DATA-BOUNDARY and an overdue local measure.
    writeFileSync(join(dir, 'team-a', 'a.dpia.md'), doc('title: "A | =SUM(1) *bold*"\nreview: 2026-01-15', risk('R1', 'mitigations:\n  - MSFT-EU-DATA-BOUNDARY\n  - measure: M-LOCAL\nresidual: { likelihood: high, impact: high }\nacceptance: { by: Board, date: 2026-01-01, until: 2026-04-15, rationale: no alternative }') + '```measure\nid: M-LOCAL\ntitle: "=cmd|calc"\nparty: organisation\nstatus: planned\ndue: 2026-02-01\n```\n'));
    // b: an expired acceptance, review later, the same supplier measure.
    writeFileSync(join(dir, 'b.dpia.md'), doc('title: B\nreview: 2027-01-01', risk('R1', 'mitigations:\n  - MSFT-EU-DATA-BOUNDARY\nresidual: { likelihood: high, impact: high }\nacceptance: { by: Board, date: 2025-01-01, until: 2026-02-01, rationale: temporary }')));
    // c: a DTIA with a transfer to the US.
    writeFileSync(join(dir, 'c.dtia.md'), '---\ntype: dtia\ntitle: C\n---\n\n```transfer\nid: T1\ncountry: US\ntool: dpf\n```\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('JSON: risks by document, shared measures with their documents, acceptances, reviews, transfers and totals', () => {
    const r = dpia(dir, 'register', '--today', TODAY, '--format', 'json');
    assert.equal(r.code, 0, r.err);
    const reg: OrgRegister = JSON.parse(r.out);
    assert.deepEqual(reg.documents.map((d) => d.path), ['b.dpia.md', 'c.dtia.md', 'team-a/a.dpia.md']);
    assert.deepEqual(reg.risks.map((x) => `${x.document}#${x.id}:${x.inherent?.id}->${x.residual?.id}`), ['b.dpia.md#R1:high->high', 'team-a/a.dpia.md#R1:high->high']);
    const edb = reg.measures.find((m) => m.id === 'MSFT-EU-DATA-BOUNDARY')!;
    assert.deepEqual(edb.documents, ['b.dpia.md', 'team-a/a.dpia.md']);
    assert.equal(reg.measures[0].id, 'MSFT-EU-DATA-BOUNDARY', 'the measure most documents depend on comes first');
    const local = reg.measures.find((m) => m.id === 'M-LOCAL')!;
    assert.equal(local.overdue, true);
    assert.deepEqual(reg.acceptances, [
      { document: 'b.dpia.md', risk: 'R1', until: '2026-02-01', expired: true },
      { document: 'team-a/a.dpia.md', risk: 'R1', until: '2026-04-15', expired: false },
    ]);
    assert.deepEqual(reg.reviews.map((x) => [x.document, x.review, x.overdue]), [['team-a/a.dpia.md', '2026-01-15', true]]);
    assert.deepEqual(reg.transfers.map((x) => [x.country, x.tool, x.documents]), [['US', 'dpf', ['c.dtia.md']]]);
    assert.equal(reg.totals.documents, 3);
    assert.equal(reg.totals.expiredAcceptances, 1);
    assert.equal(reg.totals.expiringAcceptances, 1);
    assert.equal(reg.totals.overdueReviews, 1);
    assert.deepEqual(reg.totals.byInherent, { high: 2 });
    assert.deepEqual(reg.heat.map((h) => [h.inherent.id, h.residual?.id, h.count]), [['high', 'high', 2]]);
  });

  it('--horizon decides which acceptances are ending soon', () => {
    const reg: OrgRegister = JSON.parse(dpia(dir, 'register', '--today', TODAY, '--format', 'json', '--horizon', '30').out);
    assert.deepEqual(reg.acceptances.map((a) => a.until), ['2026-02-01']);
  });

  it('--fail-on: exit 1 naming the conditions that hold, 0 when none does; unknown conditions are usage errors', () => {
    const hit = dpia(dir, 'register', '--today', TODAY, '--fail-on', 'expired-acceptance,overdue-review,stale-document');
    assert.equal(hit.code, 1);
    assert.match(hit.err, /register: expired-acceptance, overdue-review \(--fail-on\)/);
    assert.equal(dpia(dir, 'register', '--today', '2025-06-01', '--fail-on', 'expired-acceptance,overdue-review').code, 0);
    const bad = dpia(dir, 'register', '--fail-on', 'nonsense');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown condition "nonsense"/);
  });

  it('--stale-days marks documents not changed for longer', () => {
    const reg: OrgRegister = JSON.parse(dpia(dir, 'register', '--today', '2099-01-01', '--stale-days', '365', '--format', 'json').out);
    assert.equal(reg.totals.staleDocuments, 3);
    const fresh: OrgRegister = JSON.parse(dpia(dir, 'register', '--today', '2099-01-01', '--format', 'json').out);
    assert.equal(fresh.totals.staleDocuments, 0, 'off by default');
  });

  it('CSV: one quoted row per risk; formula prefixes are neutralised', () => {
    const r = dpia(dir, 'register', '--today', TODAY, '--format', 'csv');
    const lines = r.out.trimEnd().split('\r\n');
    assert.equal(lines[0], '"document","risk","title","inherent","residual","status","acceptance_until","acceptance_expired","acceptance_ending"');
    assert.equal(lines.length, 3);
    assert.match(lines[2], /^"team-a\/a.dpia.md","R1","Risk R1","high","high",".*","2026-04-15","","yes"$/);
    const measures = dpia(dir, 'register', '--today', TODAY, '--format', 'markdown').out;
    assert.ok(!measures.includes('| =cmd|calc'), 'a pipe in document text does not break the Markdown table');
    assert.ok(measures.includes('\\=cmd\\|calc'));
  });

  it('Markdown and text in English and Dutch', () => {
    const en = dpia(dir, 'register', '--today', TODAY, '--format', 'markdown').out;
    assert.match(en, /^# Organisation register/);
    assert.match(en, /## Acceptances expired or ending soon/);
    const nl = dpia(dir, 'register', '--today', TODAY, '--lang', 'nl').out;
    assert.match(nl, /^Organisatieregister \(2026-03-01\)/);
    assert.match(nl, /Documenten die aan herbeoordeling toe zijn:\n {2}team-a\/a\.dpia\.md · 2026-01-15/);
  });
});
