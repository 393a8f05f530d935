import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { buildRegister, dpiaMarkdownIt, analyze, parseDocument, ParseCache, registerTable } from '../../../src/core/index';
import { pdfWords, renderPdf } from './pdf-tools';

const DOC = (lang: 'nl' | 'en') => `---
type: dpia
title: Dates
language: ${lang}
---

\`\`\`risk
id: R1
title: Accepted a while ago
likelihood: high
impact: high
mitigations:
  - {measure: M365-DKE, status: planned, due: 2024-01-01}
  - {text: Done late, status: implemented, due: 2024-01-01}
  - {text: Dropped, status: rejected, due: 2024-01-01}
  - {text: Later, status: planned, due: 2030-01-01}
residual: {likelihood: low, impact: medium}
acceptance: {by: CIO, date: 2023-01-01, until: 2023-12-31, rationale: For one year}
\`\`\`

\`\`\`risk
id: R2
title: Still accepted
likelihood: high
impact: high
mitigations: [M365-DKE]
residual: {likelihood: low, impact: medium}
acceptance: {by: CIO, date: 2023-01-01, until: 2030-12-31}
\`\`\`

\`\`\`measure
id: OWN-1
title: Own measure
party: organisation
status: in-progress
due: 2025-06-30
\`\`\`
`;

const table = (lang: 'nl' | 'en', today: string | null) => {
  const doc = parseDocument('t.dpia.md', DOC(lang), new ParseCache());
  return registerTable(buildRegister(analyze(doc, {}), { today }));
};
const preview = (lang: 'nl' | 'en', today: string | null) => dpiaMarkdownIt(new MarkdownIt({ html: true }), () => ({ today })).render(DOC(lang));

describe('expired acceptances and overdue measures are marked as such', () => {
  it('the risk table says "acceptance expired on" and "overdue since" (not for implemented or rejected measures)', () => {
    const t = table('en', '2026-11-23');
    assert.match(t, /^\| R1 .*\| M365-DKE \(overdue since 2024-01-01\), Done late, Dropped, Later +\| low +\| acceptance expired on 2023-12-31 +\|$/m);
    assert.match(t, /^\| R2 .*\| accepted until 2030-12-31 +\|$/m);
  });

  it('in Dutch: "verlopen op" and "te laat sinds"', () => {
    const t = table('nl', '2026-11-23');
    assert.match(t, /M365-DKE \(te laat sinds 2024-01-01\)/);
    assert.match(t, /acceptatie verlopen op 2023-12-31/);
  });

  it('with the date rules off (today: null) or before the dates, nothing is marked', () => {
    for (const today of [null, '2023-06-01']) {
      const t = table('en', today);
      assert.doesNotMatch(t, /expired|overdue/);
      assert.match(t, /^\| R1 .*\| accepted until 2023-12-31 +\|$/m);
    }
  });

  it('the preview cards mark the expired acceptance and the overdue measures', () => {
    const html = preview('en', '2026-11-23');
    assert.match(html, /<div class="dpia-acceptance">Accepted by: CIO · Date: 2023-01-01 · Until: <span class="dpia-expired">expired on 2023-12-31<\/span><\/div>/);
    assert.match(html, /<div class="dpia-status dpia-expired">Status: acceptance expired on 2023-12-31<\/div>/);
    assert.match(html, /M365-DKE<\/code> [^<]*<span class="dpia-facts">organisation · planned · <span class="dpia-overdue">overdue since 2024-01-01<\/span><\/span>/);
    assert.match(html, /Done late <span class="dpia-facts">implemented · 2024-01-01<\/span>/);
    assert.match(html, /Until: 2030-12-31<\/div>/);
    const nl = preview('nl', '2026-11-23');
    assert.match(nl, /verlopen op 2023-12-31/);
    assert.match(nl, /te laat sinds 2024-01-01/);
    assert.doesNotMatch(preview('en', null), /expired|overdue/);
  });

  it('the PDF marks them in the register, the measures and the accepted risks', async function () {
    this.timeout(30_000);
    const words = pdfWords(await renderPdf(DOC('en'), { today: '2026-11-23' }));
    for (const s of ['M365-DKE (planned, overdue since 2024-01-01)', 'acceptance expired on 2023-12-31', 'expired on 2023-12-31 For one year', 'OWN-1 Own measure in progress overdue since 2025-06-30']) assert.ok(words.includes(s), `${s} in ${words}`);
    const nl = pdfWords(await renderPdf(DOC('nl'), { today: '2026-11-23' }));
    for (const s of ['te laat sinds 2024-01-01', 'acceptatie verlopen op 2023-12-31', 'verlopen op 2023-12-31']) assert.ok(nl.includes(s), s);
    const off = pdfWords(await renderPdf(DOC('en'), { today: null }));
    assert.ok(!/expired|overdue/.test(off));
  });
});
