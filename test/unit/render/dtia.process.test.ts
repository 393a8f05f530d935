import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import MarkdownIt from 'markdown-it';
import { buildRegister, check, dpiaMarkdownIt, analyze, hover, parseDocument, ParseCache, riskLenses, transferTable } from '../../../src/core/index';
import { ROOT } from '../helpers';

const EXAMPLE = join(ROOT, 'templates', 'examples', 'teams-onedrive-sharepoint.dtia.md');
const text = readFileSync(EXAMPLE, 'utf8');
const load = (t = text) => {
  const doc = parseDocument(EXAMPLE, t, new ParseCache());
  return { doc, env: analyze(doc, {}) };
};

describe('DTIA documents', () => {
  it('the worked DTIA example passes dpia check with no errors (overdue reviews are warnings)', () => {
    const d = check(text, { uri: EXAMPLE, today: '2026-11-23' });
    assert.deepEqual(d.filter((x) => x.severity === 'error'), []);
    assert.deepEqual([...new Set(d.map((x) => x.code))], ['transfer.review-overdue']);
    assert.deepEqual(check(text, { uri: EXAMPLE, today: '2023-01-01' }), []);
  });

  it('the register has the transfers with computed probabilities', () => {
    const { env } = load();
    const reg = buildRegister(env);
    assert.deepEqual(reg.transfers.map((t) => [t.id, t.country, t.tool, t.probability?.toFixed(6), t.residual?.label]), [
      ['T1', 'US', 'scc (module 2)', (1 - 0.999 ** 5).toFixed(6), 'low'],
      ['T2', 'US', 'scc (module 2)', (1 - 0.998 ** 5).toFixed(6), 'low'],
      ['T3', 'US', 'scc (module 2)', (1 - 0.9995 ** 5).toFixed(6), 'low'],
    ]);
    const table = transferTable(reg);
    assert.match(table, /\| T3 \| US \(United States of America\) \| scc \(module 2\) \| M365-DKE, M365-NO-SENSITIVE-TEAMS, M365-RETENTION-POLICY +\| 0\.25% \/ 5 years +\| low +\|/);
  });

  it('hover on a transfer shows the destination and the computed probabilities as percentages', () => {
    const { doc, env } = load();
    const t3 = doc.blocks.find((b) => b.id === 'T3')!;
    const h = hover(env, { line: t3.fence.openLine, character: 4 })!;
    assert.match(h.contents, /Destination: US \(United States of America\): adequate only for DPF-certified importers/);
    assert.match(h.contents, /Annual probability: \*\*0\.050%\*\* \(product of 3 factors\)/);
    assert.match(h.contents, /Probability over 5 years: \*\*0\.25%\*\*/);
  });

  it('CodeLens above each transfer', () => {
    const { env } = load();
    assert.deepEqual(riskLenses(env).map((l) => l.title), [
      'US · scc (module 2) · 0.50% over 5 years (0.10% a year)',
      'US · scc (module 2) · 1.00% over 5 years (0.20% a year)',
      'US · scc (module 2) · 0.25% over 5 years (0.050% a year)',
    ]);
    const nl = load(text.replace('language: en', 'language: nl'));
    assert.match(riskLenses(nl.env)[0].title, /^US · scc \(module 2\) · 0,50% over 5 jaar \(0,10% per jaar\)$/);
  });

  it('the preview shows transfer cards', () => {
    const html = dpiaMarkdownIt(new MarkdownIt({ html: true })).render(text);
    assert.equal((html.match(/<div class="dpia-card dpia-transfer"/g) ?? []).length, 3);
    assert.match(html, /Probability over the period: <strong>0\.25% \/ 5 years \(annual 0\.050%\)<\/strong>/);
  });

  it('the PDF has a transfers section', function () {
    this.timeout(30_000);
    const out = join(mkdtempSync(join(tmpdir(), 'dpia-dtia-')), 'dtia.pdf');
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'pdf', EXAMPLE, '-o', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const pdfText = spawnSync('pdftotext', ['-raw', out, '-'], { encoding: 'utf8' }).stdout.replace(/-\n/g, '-');
    assert.match(pdfText, /Transfers/);
    for (const s of ['T1', 'T2', 'T3', 'scc (module 2)', '0.50% (5 years)', '1.00% (5 years)', '0.25% (5 years)', 'M365-EU-ONLY-PROCESSING']) assert.ok(pdfText.includes(s), s);
  });
});
