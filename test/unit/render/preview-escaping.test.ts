import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { analyze, dpiaMarkdownIt } from '../../../src/core/index';

/** Markup that would fetch, link or run something if it reached the preview as HTML or Markdown. */
const PAYLOADS = [
  '![p](https://attacker.example/pixel.png)',
  '<img src="https://attacker.example/img.png">',
  '[click](javascript:alert(1))',
  '<a href="https://attacker.example/a">a</a>',
  '" onmouseover="alert(1)" x="',
  "' onerror='alert(2)' y='",
  '<svg onload=alert(3)>',
  '<style>@import url(https://attacker.example/css)</style>',
  '<script src="https://attacker.example/s.js"></script>',
  '<!-- comment --> &amp; &lt;b&gt;',
];

const q = (s: string) => JSON.stringify(s);

function documentWith(p: string, lang: string): string {
  return `---
type: dpia
title: Hostile
language: ${lang}
---

\`\`\`risk
id: ${q(p)}
title: ${q(p)}
likelihood: ${q(p)}
impact: high
mitigations:
  - {text: ${q(p)}, party: ${q(p)}, status: ${q(p)}, due: 2020-01-01, owner: ${q(p)}}
  - ${q(p)}
residual: {likelihood: ${q(p)}, impact: high}
acceptance: {by: ${q(p)}, date: ${q(p)}, until: 2020-01-01}
\`\`\`

\`\`\`transfer
id: ${q(p)}
title: ${q(p)}
country: ${q(p)}
tool: ${q(p)}
laws: [${q(p)}]
safeguards: [{text: ${q(p)}}]
\`\`\`

\`\`\`risk
id: R9
title: unreadable ${p.replace(/[\\"]/g, '')}: more: colons
\`\`\`

\`\`\`measure
id: M9
title: [${p.replace(/[\\"[\]]/g, '')}
\`\`\`

\`\`\`dpia-heatmap
\`\`\`
`;
}

const TAGS = new Set(['div', 'span', 'ul', 'li', 'code', 'p', 'details', 'summary', 'pre', 'strong', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'h2']);
const ATTRIBUTES = new Set(['class', 'style', 'data-risk', 'data-transfer', 'data-measure', 'data-state', 'data-line', 'title', 'colspan']);

/** Every tag of the HTML: as all text is escaped, each "<" starts one of ours. */
function tags(html: string): { name: string; attrs: [string, string][] }[] {
  const out: { name: string; attrs: [string, string][] }[] = [];
  for (const m of html.matchAll(/<(\/?)([^\s>/]+)([^>]*)>/g)) {
    if (m[1]) continue;
    const attrs: [string, string][] = [];
    const rest = m[3].replace(/\s+([a-z-]+)="([^"]*)"/g, (_, n: string, v: string) => (attrs.push([n, v]), ''));
    assert.equal(rest.trim(), '', `attribute text outside quotes in ${m[0]}`);
    out.push({ name: m[2].toLowerCase(), attrs });
  }
  return out;
}

describe('preview: text from a document never reaches the HTML as markup', () => {
  for (const lang of ['en', 'nl']) {
    it(`no image, link, script, style or event handler gets through, in tags or attributes (${lang})`, () => {
      for (const p of PAYLOADS) {
        const html = dpiaMarkdownIt(new MarkdownIt({ html: true }), () => ({ today: '2026-11-23' }), analyze).render(documentWith(p, lang));
        assert.match(html, /dpia-card dpia-risk/);
        assert.match(html, /dpia-card dpia-transfer/);
        assert.equal((html.match(/dpia-card dpia-unreadable/g) ?? []).length, 2, 'both unreadable blocks have a card');
        assert.ok(!html.includes('<!-- comment'), 'no raw HTML comment');
        for (const t of tags(html)) {
          assert.ok(TAGS.has(t.name), `tag <${t.name}> for ${p}`);
          for (const [n, v] of t.attrs) {
            assert.ok(ATTRIBUTES.has(n), `attribute ${n} for ${p}`);
            assert.doesNotMatch(v, /attacker|javascript:|url\(|alert/i, `attribute ${n}="${v}"`);
            if (n === 'style') assert.match(v, /^background-color:#[0-9a-fA-F]{6}$/);
          }
        }
        // The payload is there, as text.
        const escaped = p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
        assert.ok(html.includes(`<span class="dpia-title">${escaped}</span>`), `title shown as text: ${p}`);
      }
    });
  }
});
