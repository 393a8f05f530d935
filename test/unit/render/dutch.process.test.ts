import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { buildRegister, check, dpiaMarkdownIt, analyze, formatPercent, parseDocument, ParseCache, registerMarkdown, statusLabel, partyLabel, documentStatusLabel, toolLabel } from '../../../src/core/index';
import { pdfWords, renderPdf } from './pdf-tools';

const DOC = (lang: 'nl' | 'en') => `---
type: dpia
title: Doorgifte
language: ${lang}
status: final
---

\`\`\`risk
id: R1
title: Toegang
likelihood: high
impact: high
mitigations:
  - {measure: M365-DKE, status: in-progress, party: organisation}
  - {text: Versleuteling, status: planned, party: supplier}
  - {text: Afgewezen maatregel, status: rejected}
  - {text: Klaar, status: implemented}
residual: {likelihood: low, impact: high}
\`\`\`

\`\`\`transfer
id: T1
country: US
tool: scc
module: 2
assessment:
  years: 5
  factors:
    - {name: a, probability: 0.05}
    - {name: b, probability: 0.1}
\`\`\`
`;

const register = (text: string) => {
  const doc = parseDocument('t.dpia.md', text, new ParseCache());
  return buildRegister(analyze(doc, {}), { today: null });
};

describe('Dutch output: decimal commas and Dutch labels', () => {
  it('formats percentages with a decimal comma in Dutch and a point in English', () => {
    assert.equal(formatPercent(0.024751, 'nl'), '2,48%');
    assert.equal(formatPercent(0.024751, 'en'), '2.48%');
    assert.equal(formatPercent(0.5, 'nl'), '50,0%');
    assert.equal(formatPercent(0.0000123, 'nl'), '0,0012%');
    assert.equal(formatPercent(1e-12, 'nl'), '< 0,0001%');
    assert.equal(formatPercent(0, 'nl'), '0%');
    assert.equal(formatPercent(0.123456, 'nl'), '12,3%', 'no thousands separator or grouping surprises');
  });

  it('has a Dutch label for every measure status of the schema, and for parties and document status', () => {
    const schema = require('../../../schemas/common.schema.json') as { definitions: { status: { enum: string[] } } };
    const nl = schema.definitions.status.enum.map((s) => statusLabel(s, 'nl'));
    assert.deepEqual(nl, ['gepland', 'in uitvoering', 'uitgevoerd', 'afgewezen']);
    assert.equal(statusLabel('in-progress', 'en'), 'in progress');
    assert.equal(statusLabel('whatever', 'nl'), 'whatever');
    assert.equal(statusLabel('constructor', 'nl'), 'constructor', 'no prototype lookups');
    assert.equal(partyLabel('supplier', 'nl'), 'leverancier');
    assert.equal(documentStatusLabel('final', 'nl'), 'definitief');
    assert.equal(toolLabel('adequacy', 'nl'), 'adequaatheidsbesluit');
    assert.equal(toolLabel('scc', 'nl'), 'scc');
    assert.equal(toolLabel('adequacy', 'en'), 'adequacy');
  });

  it('the measure.overdue message names the status in Dutch', () => {
    const text = '---\ntype: dpia\ntitle: t\nlanguage: nl\n---\n```risk\nid: R1\ntitle: x\nlikelihood: laag\nimpact: laag\nmitigations:\n  - {text: Versleuteling, status: in-progress, due: 2024-01-01}\n```\n';
    const d = check(text, { today: '2026-11-23' }).find((x) => x.code === 'measure.overdue');
    assert.match(d!.message, /maar is in uitvoering\./);
  });

  it('the transfer table shows "0,50% / 5 jaar" in Dutch and "0.50% / 5 years" in English', () => {
    // 1 − (1 − 0.005)^5 = 0.02475…
    assert.match(registerMarkdown(register(DOC('nl'))), /\| T1 +\| US \(Verenigde Staten[^|]*\| scc \(module 2\) +\| – +\| 2,48% \/ 5 jaar +\|/);
    assert.match(registerMarkdown(register(DOC('en'))), /\| 2\.48% \/ 5 years +\|/);
  });

  it('a Dutch transfer table names the adequacy decision in Dutch', () => {
    const text = DOC('nl').replace('country: US\ntool: scc\nmodule: 2', 'country: JP\ntool: adequacy');
    assert.match(registerMarkdown(register(text)), /\| T1 +\| JP \(Japan\) +\| adequaatheidsbesluit +\|/);
  });

  it('the preview shows Dutch statuses, parties and decimal commas', () => {
    const html = dpiaMarkdownIt(new MarkdownIt({ html: true })).render(DOC('nl'));
    assert.match(html, /<code>M365-DKE<\/code> [^<]+<span class="dpia-facts">organisatie · in uitvoering<\/span>/);
    assert.match(html, /Versleuteling <span class="dpia-facts">leverancier · gepland<\/span>/);
    assert.match(html, /Afgewezen maatregel <span class="dpia-facts">afgewezen<\/span>/);
    assert.match(html, /Klaar <span class="dpia-facts">uitgevoerd<\/span>/);
    assert.match(html, /<strong>2,48% \/ 5 jaar \(per jaar 0,50%\)<\/strong>/);
    assert.doesNotMatch(html, /in-progress<|planned<|organisation<|\b2\.48%/);
  });

  it('the PDF shows Dutch statuses, document status and decimal commas', async function () {
    this.timeout(30_000);
    const words = pdfWords(await renderPdf(DOC('nl')));
    for (const s of ['M365-DKE (in uitvoering)', 'Versleuteling (gepland)', 'Afgewezen maatregel (afgewezen)', 'Klaar (uitgevoerd)', '2,48% (5 jaar)', 'Status definitief']) assert.ok(words.includes(s), `${s} in ${words}`);
    for (const s of ['in-progress', 'planned', 'implemented', 'rejected', '2.48%', ' final', 'Reviewers']) assert.ok(!words.includes(s), s);
    const en = pdfWords(await renderPdf(DOC('en')));
    for (const s of ['M365-DKE (in progress)', '2.48% (5 years)', 'Status final']) assert.ok(en.includes(s), `${s} in ${en}`);
  });
});
