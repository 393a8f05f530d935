import * as assert from 'node:assert/strict';
import { pdfBoxes, pdfWords, renderPdf, tool } from './pdf-tools';
import { wrap, ZWSP } from '../../../src/core/render/pdf-text';

const URL80 = 'https://example.org/' + 'a'.repeat(60);
const TOKEN270 = 'X'.repeat(270);

const doc = (title: string, extra = '') =>
  `---\ntype: dpia\ntitle: Layout\n---\n\n\`\`\`risk\nid: R1\ntitle: ${title}\nlikelihood: high\nimpact: high\nmitigations: [{text: ${URL80}}]\nresidual: {likelihood: low, impact: high}\n\`\`\`\n\n\`\`\`risk\nid: R2\ntitle: Short\nlikelihood: low\nimpact: low\n\`\`\`\n${extra}`;

const TRANSFER = `\n\`\`\`transfer\nid: ${'T'.repeat(60)}\ncountry: US\ntool: ${'scc'.repeat(30)}\nsafeguards: [{text: ${URL80}}]\nassessment: {years: 5, factors: [{name: x, probability: 0.1}]}\nresidual: low\n\`\`\`\n`;

/** Every word lies between the margins of its page; returns the words for further checks. */
function assertInside(file: string) {
  const words = pdfBoxes(file);
  assert.ok(words.length > 20);
  for (const w of words) assert.ok(w.xMax <= w.pageWidth - 40 + 0.5 && w.xMin >= 40 - 0.5, `"${w.text}" on page ${w.page} spans ${w.xMin}–${w.xMax} of ${w.pageWidth}`);
  return words;
}

describe('PDF layout: long text wraps, no column leaves the page', function () {
  this.timeout(60_000);

  for (const [name, title] of [['an 80-character URL', URL80], ['a 270-character token', TOKEN270], ['a long title with a URL inside', `Access by ${URL80} and ${TOKEN270} continues`]] as const) {
    it(`${name} in a risk title: every word stays on the page and Residual and Status are shown`, async () => {
      const file = await renderPdf(doc(title, TRANSFER));
      const boxes = assertInside(file);
      const register = boxes.filter((w) => w.pageWidth > 800);
      for (const h of ['Status']) assert.ok(register.some((w) => w.text === h), `header ${h}`);
      const words = pdfWords(file);
      assert.ok(words.includes('Id Risk Likelihood Impact Inherent Mitigations Residual Status'), 'the whole header row');
      assert.match(words, /Status R1 /, 'the first row follows the header');
      const text = words.replace(/ /g, '');
      assert.ok(text.includes(title.replace(/ /g, '')), 'the whole title is there, in order');
      assert.ok(text.includes(URL80), 'the whole mitigation is there');
    });
  }

  it('long ids, tools and safeguards in the transfer table stay on the page', async () => {
    const file = await renderPdf(`---\ntype: dtia\ntitle: Only transfers\n---\n${TRANSFER}`);
    assertInside(file);
    assert.ok(pdfWords(file).replace(/ /g, '').includes('scc'.repeat(30)));
  });

  it('renders for a look (pdftoppm) without error', async () => {
    const file = await renderPdf(doc(URL80));
    tool('pdftoppm', ['-png', '-r', '30', '-f', '2', '-l', '2', file, file.replace(/\.pdf$/, '')]);
  });
});

describe('wrap(): break opportunities in long tokens', () => {
  it('leaves words that fit alone; cuts a long token after "-" and "/" and every piece that fits', () => {
    assert.equal(wrap('a short text', 100), 'a short text');
    // 50 pt at 9 pt: 5 characters a piece.
    assert.equal(wrap(`see ${'x'.repeat(12)}`, 50), `see xxxxx${ZWSP}xxxxx${ZWSP}xx`);
    assert.equal(wrap('ab-cd/efghijk', 50), `ab-cd/efghi${ZWSP}jk`);
  });

  it('never splits a surrogate pair', () => {
    assert.deepEqual(wrap('😀'.repeat(30), 20).split(ZWSP), Array(15).fill('😀😀'));
  });

  it('adds one break opportunity per piece: output bounded and proportional to the input', () => {
    const len = (n: number) => wrap('y'.repeat(n), 30).length;
    assert.equal(len(99_999), 99_999 + 33_332);
    assert.equal(len(9_999), 9_999 + 3_332);
  });
});
