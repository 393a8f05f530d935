// Issue 11, item 6: document text reaches hovers, completion and CodeLens titles as text, never as
// markup. Rendered here with markdown-it allowing raw HTML and linkifying bare URLs (stricter than
// VS Code's renderer), nothing from the document may become an image, a link or an HTML element.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { complete, analyze, hover, parseDocument, ParseCache, riskLenses } from '../../../src/core/index';
import { escapeMarkdown, plainText } from '../../../src/core/features/escape';

const render = (s: string) => new MarkdownIt({ html: true, linkify: true }).render(s);
/** What a reader sees: the rendered HTML's text. */
const visible = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const MARKUP = /<(?!\/?(p|strong|br|em|code)\b)[a-z!/]/i;

const PAYLOADS = [
  '![p](https://attacker.example/x.png)',
  '[click](https://attacker.example/)',
  '<img src="https://attacker.example/y.png">',
  '<https://attacker.example/auto>',
  'https://attacker.example/bare and www.attacker.example and a@attacker.example',
  '[ref]\n\n[ref]: https://attacker.example/r.png',
  '&lt;b&gt; *em* `code` <script>x</script>',
];

describe('escapeMarkdown / plainText', () => {
  for (const p of PAYLOADS) {
    it(`renders ${JSON.stringify(p)} as exactly its text, no element`, () => {
      const html = render(escapeMarkdown(p));
      assert.doesNotMatch(html, MARKUP, html);
      assert.doesNotMatch(html, /attacker\.example[^<]*"/, 'no attribute holds the URL');
      assert.equal(visible(html).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim(), p.replace(/\s+/g, ' ').trim());
    });
  }

  it('control characters become U+FFFD; every line break kind becomes a hard break', () => {
    assert.equal(escapeMarkdown('a\x1bb\x07'), 'a\uFFFDb\uFFFD');
    assert.equal(escapeMarkdown('a\r\nb\u2028c\rd'), 'a  \nb  \nc  \nd');
  });

  it('plainText is one line without control characters', () => {
    assert.equal(plainText('a\nb\u2028c\x1b[2Jd\r\n'), 'a b c\uFFFD[2Jd ');
  });
});

describe('hover, completion and CodeLens on a hostile document', () => {
  const evil = PAYLOADS.join(' ');
  const q = JSON.stringify(evil);
  const text = `---\ntype: dpia\ntitle: t\nlanguage: en\n---\n\`\`\`measure\nid: ${JSON.stringify('EVIL-<img src=x>')}\ntitle: ${q}\nparty: ${q}\nstatus: planned\ndescription: ${q}\nsource: ${q}\n\`\`\`\n\n\`\`\`risk\nid: R1\ntitle: ${q}\nlikelihood: high\nimpact: high\nmitigations:\n  - ${JSON.stringify('EVIL-<img src=x>')}\n  - ${JSON.stringify('![u](https://attacker.example/u.png)')}\n  - \n\`\`\`\n\n\`\`\`transfer\nid: T1\ntitle: ${q}\ncountry: ${JSON.stringify('$(alert) ![c](https://attacker.example/c.png)\nX')}\ntool: ${JSON.stringify('scc\n<b>x</b>')}\n\`\`\`\n`;
  const doc = parseDocument('a.dpia.md', text, new ParseCache());
  const env = analyze(doc, {});
  const lineOf = (s: string, from = 0) => text.split('\n').findIndex((l, i) => i >= from && l.includes(s));
  const assertText = (md: string, what: string) => {
    const html = render(md);
    assert.doesNotMatch(html, MARKUP, `${what}: ${html}`);
    assert.doesNotMatch(html, /<[^>]*\b(src|href)=/i, `${what}: ${html}`);
  };

  it('hovers on the risk fence, its id, its mitigations and the transfer', () => {
    const risk = lineOf('```risk');
    const positions = [
      { line: risk, character: 3 },
      { line: risk + 1, character: 5 },
      { line: lineOf('EVIL-<img', risk), character: 6 },
      { line: lineOf('![u]', risk), character: 6 },
      { line: lineOf('```transfer'), character: 3 },
    ];
    let seen = 0;
    for (const pos of positions) {
      const h = hover(env, pos);
      assert.ok(h, `a hover at ${pos.line}:${pos.character}`);
      assertText(h.contents, `hover at line ${pos.line}`);
      seen++;
    }
    // The measure's own text reaches the hover (as text).
    const m = hover(env, positions[2])!;
    assert.ok(visible(render(m.contents)).includes('![p](https://attacker.example/x.png)'), m.contents);
    assert.equal(seen, positions.length);
  });

  it('completion documentation and detail on a fresh mitigation item', () => {
    const pos = { line: lineOf('  - ', lineOf('![u]')) + 1, character: 4 };
    const items = complete(env, { line: pos.line - 1, character: 4 });
    const evilItem = items.find((i) => i.label.includes('EVIL'));
    assert.ok(evilItem, `the document's measure is offered: ${items.map((i) => i.label).join(', ')}`);
    for (const i of items) {
      if (i.documentation) assertText(i.documentation, `completion ${i.label}`);
      assert.doesNotMatch(i.detail ?? '', /[\n\r\x1b]/);
    }
  });

  it('CodeLens titles are one line of plain text', () => {
    const lenses = riskLenses(env);
    assert.ok(lenses.length >= 2);
    for (const l of lenses) assert.doesNotMatch(l.title, /[\n\r\u2028\x00-\x1f]/, l.title);
  });

  it('a snippet completion keeps `$` and `}` of an id literal', () => {
    const t = '---\ntype: dpia\ntitle: t\n---\n```measure\nid: "M${1:x}"\ntitle: m\n```\n\n```risk\nid: R1\nmitigations:\n  \n```\n';
    const d = parseDocument('a.dpia.md', t, new ParseCache());
    const items = complete(analyze(d, {}), { line: 12, character: 2 });
    const item = items.find((i) => i.label.includes('M$'));
    assert.ok(item?.snippet, items.map((i) => i.label).join());
    assert.ok(item.insertText.startsWith('- measure: M\\${1:x\\}'), item.insertText);
  });
});
