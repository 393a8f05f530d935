// The export tree (issue 17), in process: what the builder makes of hostile nesting, headings,
// links and images, before any writer sees it. The writers only translate this tree.
import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { analyze, parseDocument, ParseCache } from '../../../src/core/index';
import { buildExportDocument, isLocalUrl } from '../../../src/core/export/build';
import { documentDocx } from '../../../src/core/export/docx';
import { documentHtml } from '../../../src/core/export/html';
import type { ExportBlock, ExportInput } from '../../../src/core/render/document-model';

function input(text: string, image?: ExportInput['image']): ExportInput {
  const doc = parseDocument('/w/doc.dpia.md', text, new ParseCache());
  return { text: doc.text, analysis: analyze(doc, { today: '2026-11-23' }), date: '2026-05-01', image };
}

function walk(blocks: ExportBlock[], visit: (b: ExportBlock, depth: number) => void, depth = 0): void {
  const stack: [ExportBlock, number][] = blocks.map((b) => [b, depth]);
  while (stack.length) {
    const [b, d] = stack.pop()!;
    visit(b, d);
    if (b.type === 'quote') for (const c of b.blocks) stack.push([c, d + 1]);
    if (b.type === 'list') for (const it of b.items) for (const c of it.blocks) stack.push([c, d + 1]);
  }
}

const HEAD = '---\ntype: dpia\ntitle: Build test\ndate: 2026-05-01\n---\n\n';

describe('dpia export: the export tree', () => {
  it('hostile nesting (2,000 block quotes, 500 nested lists) is flattened below a fixed depth, text kept, no stack overflow', async () => {
    const quotes = '>'.repeat(2000) + ' deep quote text\n';
    const lists = Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n') + '\n';
    const doc = buildExportDocument(input(HEAD + quotes + '\n' + lists));
    let max = 0;
    const texts: string[] = [];
    walk(doc.body, (b, d) => {
      max = Math.max(max, d);
      if (b.type === 'paragraph') texts.push(b.inlines.map((i) => (i.type === 'break' ? ' ' : i.text)).join(''));
    });
    assert.ok(max <= 14, `depth ${max}`);
    assert.ok(texts.some((t) => t.includes('deep quote text')), 'the deepest quote text is kept');
    assert.ok(texts.some((t) => t.includes('item 499')), 'the deepest list item is kept');
    // Every writer handles the flattened tree.
    assert.ok(documentHtml(doc).includes('item 499'));
    assert.ok((await documentDocx(doc)).length > 0);
  });

  it('headings get unique anchors; the front matter is not prose; a comment is dropped, other raw HTML is shown as text', () => {
    const doc = buildExportDocument(input(HEAD + '# Risks\n\n## Risks\n\n# Risks\n\n<!-- a note -->\n\n<div onclick="x()">raw</div>\n'));
    const anchors = doc.body.filter((b) => b.type === 'heading').map((b) => (b as { anchor: string }).anchor);
    assert.deepEqual(anchors, ['risks', 'risks-2', 'risks-3']);
    assert.ok(!doc.body.some((b) => b.type === 'paragraph' && b.inlines.some((i) => i.type === 'text' && i.text.includes('type: dpia'))));
    assert.ok(!doc.body.some((b) => b.type === 'code' && b.text.includes('a note')));
    assert.ok(doc.body.some((b) => b.type === 'code' && b.text.includes('<div onclick="x()">raw</div>')));
  });

  it('asks the host only for local images: a remote, protocol-relative, data: or file: URL never reaches the image callback', () => {
    const asked: string[] = [];
    const text = HEAD + ['![a](https://example.com/a.png)', '![b](//example.com/b.png)', '![c](data:image/png;base64,AAAA)', '![d](file:///etc/passwd)', '![e](images/local.png)', '![f][ref]', '', '[ref]: http://example.org/f.png'].join('\n\n') + '\n';
    const doc = buildExportDocument(input(text, (url) => (asked.push(url), undefined)));
    assert.deepEqual(asked, ['images/local.png']);
    const images = doc.body.filter((b) => b.type === 'image');
    assert.equal(images.length, 6, 'every image is still shown, as its alt text and URL');
    assert.ok(images.every((b) => b.type === 'image' && !b.data));
    for (const u of ['https://x/y', '//x/y', 'data:,x', 'mailto:a@b', 'C:x', '\\\\server\\share']) assert.equal(isLocalUrl(u), false, u);
    assert.equal(isLocalUrl('images/flow.png'), true);
  });

  it('the generated table between the markers is replaced by the computed risk table; a dpia-heatmap block places the heat maps; nothing is repeated in the annex', () => {
    const risk = '```risk\nid: R1\ntitle: Access\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE]\nresidual: {likelihood: low, impact: high}\n```\n';
    const placed = buildExportDocument(input(HEAD + risk + '\n<!-- dpia:risk-table -->\n| STALE-ROW |\n|---|\n<!-- /dpia:risk-table -->\n\n```dpia-heatmap\n```\n'));
    assert.deepEqual(placed.body.map((b) => b.type), ['card', 'risk-table', 'heatmap']);
    assert.equal(placed.annex, undefined);
    const unplaced = buildExportDocument(input(HEAD + risk));
    assert.deepEqual(unplaced.annex?.blocks.map((b) => b.type), ['heatmap', 'risk-table']);
    assert.ok(!JSON.stringify(placed).includes('STALE-ROW'));
  });

  it('DOCX: every random relationship id is renumbered, also one ending in "-" (identical bytes whatever the ids drawn)', async () => {
    // 300 links: without the renumbering of ids ending in "-", a random id survives in 99% of runs.
    const links = Array.from({ length: 300 }, (_, i) => `[link ${i}](https://example.org/${i})`).join(' ');
    const bytes = await documentDocx(buildExportDocument(input(HEAD + links + '\n')));
    const zip = unzipSync(bytes);
    const rels = strFromU8(zip['word/_rels/document.xml.rels']);
    const xml = strFromU8(zip['word/document.xml']);
    assert.doesNotMatch(rels + xml, /rId[A-Za-z0-9_-]{21}/, 'a random relationship id is left');
    assert.equal((rels.match(/TargetMode="External"/g) ?? []).length, 300);
    assert.ok(Buffer.from(bytes).equals(Buffer.from(await documentDocx(buildExportDocument(input(HEAD + links + '\n'))))));
  });
});

describe('dpia export: DOCX lists', () => {
  it('each ordered list is numbered from its own start: a numbering instance per list, a definition for a list starting at 3', async () => {
    const text = HEAD + '1. first a\n2. second a\n\nBetween the lists.\n\n1. first b\n2. second b\n\nAnd then:\n\n3. third c\n4. fourth c\n';
    const zip = unzipSync(await documentDocx(buildExportDocument(input(text))));
    const xml = strFromU8(zip['word/document.xml']);
    const numIdOf = (t: string) => {
      const p = xml.split('</w:p>').find((x) => x.includes(t))!;
      return /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1];
    };
    const [a, a2, b, c] = ['first a', 'second a', 'first b', 'third c'].map(numIdOf);
    assert.ok(a && b && c, 'numbered paragraphs');
    assert.equal(a, a2, 'items of one list share their numbering');
    assert.notEqual(a, b, 'the second list starts again');
    assert.notEqual(b, c);
    const numbering = strFromU8(zip['word/numbering.xml']);
    assert.match(numbering, /<w:start w:val="3"\/>/, 'the list starting at 3');
  });
});
