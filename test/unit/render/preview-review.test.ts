import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { analyze, dpiaMarkdownIt } from '../../../src/core/index';
import { ROOT } from '../helpers';

// The preview as a review view, rendered with the analysis the extension passes in.
const render = (src: string, today = '2026-06-01') => dpiaMarkdownIt(new MarkdownIt({ html: true }), () => ({ today }), analyze).render(src);
const FM = (extra = '') => `---\ntype: dpia\ntitle: t\n${extra}---\n`;
const outsideYaml = (html: string) => html.replace(/<pre><code>[\s\S]*?<\/code><\/pre>/g, '');

describe('preview as a review view', () => {
  it('a risk card shows the description, origin and motivation, escaped', () => {
    const html = render(`${FM()}\`\`\`risk\nid: R1\ntitle: x\ndescription: "Staff chats <b>leak</b>"\norigin: Diagnostic data & telemetry\nmotivation:\n  likelihood: Seen twice in 2023\n  impact: Special-category data\nlikelihood: low\nimpact: low\n\`\`\`\n`);
    assert.match(html, /<p class="dpia-description">Staff chats &lt;b&gt;leak&lt;\/b&gt;<\/p>/);
    assert.match(html, /<div class="dpia-origin"><span class="dpia-key">Origin:<\/span> Diagnostic data &amp; telemetry<\/div>/);
    assert.match(html, /<li>Likelihood: Seen twice in 2023<\/li><li>Impact: Special-category data<\/li>/);
    assert.doesNotMatch(outsideYaml(html), /<b>/);
  });

  it('a measure block is a card with title, party, status and due date (marked when overdue), not raw YAML', () => {
    const html = render(`${FM()}\`\`\`measure\nid: M-LOG\ntitle: Keep audit logs <12 months>\nparty: supplier\nstatus: in-progress\ndue: 2026-01-01\nowner: CISO\n\`\`\`\n`);
    assert.match(html, /<div class="dpia-card dpia-measure" data-measure="M-LOG" data-state="warnings late">/);
    assert.match(html, /<span class="dpia-title">Keep audit logs &lt;12 months&gt;<\/span>/);
    assert.match(html, /Party: <strong>supplier<\/strong> · Status: <strong>in progress<\/strong> · Due: <span class="dpia-overdue">overdue since 2026-01-01<\/span> · Owner: CISO/);
    assert.doesNotMatch(outsideYaml(html), /<pre><code class="language-measure">/);
  });

  it('a Dutch document shows Dutch enum values on measure cards', () => {
    const html = render(`${FM('language: nl\n')}\`\`\`measure\nid: M1\ntitle: Logging\nparty: supplier\nstatus: planned\ndue: 2027-01-01\n\`\`\`\n`);
    assert.match(html, /Partij: <strong>leverancier<\/strong> · Status: <strong>gepland<\/strong> · Uiterlijk: 2027-01-01/);
  });

  it('marks a card with the count and severity of its own problems, with the messages', () => {
    const html = render(`${FM()}\`\`\`risk\nid: R1\ntitle: x\nlikelihood: high\nimpact: high\n\`\`\`\n\n\`\`\`risk\nid: R2\ntitle: y\nlikelihood: low\nimpact: low\n\`\`\`\n`);
    const [r1, r2] = html.split('<div class="dpia-card dpia-risk').slice(1);
    assert.match(r1, /^" data-risk="R1" data-state="errors">/);
    assert.match(r1, /<summary><span class="dpia-mark dpia-mark-error">1 error<\/span>/);
    assert.match(r1, /<code>risk\.unmitigated-high<\/code> Risk R1 is high/);
    assert.doesNotMatch(r2, /dpia-problems|data-state/, 'a clean risk has no marks');
  });

  it('marks an expired acceptance and an overdue mitigation on the card', () => {
    const html = render(`${FM()}\`\`\`measure\nid: M1\ntitle: Late one\nstatus: planned\ndue: 2026-01-01\n\`\`\`\n\n\`\`\`risk\nid: R1\ntitle: x\nlikelihood: low\nimpact: low\nmitigations: [M1]\nacceptance: {by: Board, date: 2025-01-01, until: 2026-01-01}\n\`\`\`\n`);
    const card = html.slice(html.indexOf('<div class="dpia-card dpia-risk'));
    assert.match(card, /^<div class="dpia-card dpia-risk" data-risk="R1" data-state="warnings late">/);
    assert.match(card, /<span class="dpia-expired">expired on 2026-01-01<\/span>/);
    assert.match(card, /<span class="dpia-overdue">overdue since 2026-01-01<\/span>/);
  });

  it('a block that failed to parse is marked as such, with the parse problem', () => {
    const html = render(`${FM()}\`\`\`measure\nid: M1\ntitle: [unclosed\n\`\`\`\n`);
    assert.match(html, /<div class="dpia-card dpia-unreadable"/);
    assert.match(html, /<code>yaml\.syntax<\/code>/);
  });

  it('transfer safeguards show the titles of the measures they name', () => {
    const html = render(`${FM()}\`\`\`transfer\nid: T1\ncountry: US\ntool: dpf\nsafeguards:\n  - measure: M365-DKE\n  - text: Contract clause <7.2>\n\`\`\`\n`);
    assert.match(html, /<li><code>M365-DKE<\/code> Double Key Encryption/);
    assert.match(html, /<li>Contract clause &lt;7\.2&gt;<\/li>/);
  });

  it('a DTIA shows its transfers summary instead of an empty heat map', () => {
    const html = render(readFileSync(join(ROOT, 'templates', 'examples', 'teams-onedrive-sharepoint.dtia.md'), 'utf8'));
    if (html.includes('dpia-heat-cell')) assert.fail('a DTIA shows no heat map');
    assert.match(html, /<div class="dpia-transfers-summary"><div class="dpia-heatmap-title">Transfers summary<\/div><table>/);
    assert.match(html, /<tr><td><code>T1<\/code><\/td>/);
  });
});
