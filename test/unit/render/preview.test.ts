import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { dpiaMarkdownIt } from '../../../src/core/index';
import { ROOT } from '../helpers';

const render = (src: string) => dpiaMarkdownIt(new MarkdownIt({ html: true })).render(src);

describe('Markdown preview plugin (markdown-it)', () => {
  it('renders each risk as a card with coloured inherent and residual levels and its mitigations', () => {
    const html = render(readFileSync(join(ROOT, 'templates', 'examples', 'teams-onedrive-sharepoint.dpia.md'), 'utf8'));
    assert.equal((html.match(/<div class="dpia-card dpia-risk"/g) ?? []).length, 7);
    assert.match(html, /<span class="dpia-id">R7<\/span> <span class="dpia-title">Access by US authorities/);
    assert.match(html, /<span class="dpia-level dpia-level-high" style="background-color:#f44336">Inherent: high<\/span>/);
    assert.match(html, /<span class="dpia-level dpia-level-low" style="background-color:#4caf50">Residual: low<\/span>/);
    assert.match(html, /<li><code>M365-TEAMS-E2EE<\/code> Enable end-to-end encryption in Teams <span class="dpia-facts">organisation<\/span><\/li>/);
    assert.match(html, /<details class="dpia-yaml"><summary>YAML<\/summary><pre><code>id: R1\n/);
  });

  it('shows a heat map at the table markers and for a dpia-heatmap block', () => {
    const html = render(readFileSync(join(ROOT, 'templates', 'examples', 'teams-onedrive-sharepoint.dpia.md'), 'utf8'));
    assert.match(html, /<div class="dpia-heatmap">[\s\S]*?<figcaption>Before mitigation<\/figcaption>[\s\S]*?<figcaption>After mitigation<\/figcaption>[\s\S]*?<!-- dpia:risk-table -->/);
    const block = render('---\ntype: dpia\ntitle: t\n---\n```dpia-heatmap\n```\n```risk\nid: R1\ntitle: x\nlikelihood: high\nimpact: high\n```\n');
    assert.match(block, /<div class="dpia-heatmap">/);
    assert.match(block, /<td class="dpia-heat-cell" style="background-color:#f44336" title="high">1<\/td>/);
  });

  it('uses Dutch labels in a Dutch document', () => {
    const html = render('---\ntype: dpia\ntitle: t\nlanguage: nl\n---\n```risk\nid: R1\ntitle: x\nlikelihood: hoog\nimpact: hoog\nmitigations: [M365-DKE]\nresidual: {likelihood: laag, impact: hoog}\n```\n```dpia-heatmap\n```\n');
    assert.match(html, />Inherent: hoog</);
    assert.match(html, />Restrisico: laag</);
    assert.match(html, /<code>M365-DKE<\/code> Double Key Encryption voor zeer gevoelige bestanden/);
    assert.match(html, /<figcaption>Vóór maatregelen<\/figcaption>/);
  });

  it('renders document text as text: no markup or scripts get through', () => {
    const html = render('---\ntype: dpia\ntitle: t\n---\n```risk\nid: R1\ntitle: "<script>alert(1)</script><img src=x onerror=alert(2)>"\nlikelihood: low\nimpact: low\nmitigations:\n  - text: "<b>bold</b>"\n```\n');
    assert.ok(!/<script>|<img|<b>/.test(html.replace(/<pre><code>[\s\S]*?<\/code><\/pre>/, '')));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;'));
    assert.ok(!/<script/i.test(html));
  });

  it('works when tokens are rendered later with a fresh environment (as VS Code does)', () => {
    const md = dpiaMarkdownIt(new MarkdownIt({ html: true }));
    const tokens = md.parse('---\ntype: dpia\ntitle: t\n---\n```risk\nid: R1\ntitle: x\nlikelihood: low\nimpact: low\n```\n', {});
    assert.match(md.renderer.render(tokens, md.options, {}), /dpia-card/);
  });

  it('leaves Markdown without dpia front matter alone, even with a risk fence', () => {
    const notes = '# Notes\n\n```risk\nid: R1\n```\n';
    assert.equal(render(notes), new MarkdownIt({ html: true }).render(notes));
  });

  it('leaves other Markdown and other fences alone', () => {
    const plain = '# Notes\n\n```js\nconst x = 1;\n```\n';
    assert.equal(render(plain), new MarkdownIt({ html: true }).render(plain));
    const ts = render('---\ntype: dpia\ntitle: t\n---\n```ts\nlet a = 1;\n```\n');
    assert.match(ts, /<pre><code class="language-ts">let a = 1;/);
  });

  it('ships preview styles for light, dark and high-contrast themes', () => {
    const css = readFileSync(join(ROOT, 'src', 'extension', 'preview', 'preview.css'), 'utf8');
    for (const sel of ['.dpia-card', '.dpia-level', '.dpia-heat', 'body.vscode-dark', 'body.vscode-high-contrast']) assert.ok(css.includes(sel), sel);
  });
});
