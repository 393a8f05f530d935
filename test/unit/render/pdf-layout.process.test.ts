import * as assert from 'node:assert/strict';
import { pdfBoxes, pdfWords, renderPdf, tool } from './pdf-tools';
import { cutPoint } from '../../../src/pdf/hyphenate';

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
      // A word cut at the end of a line ends it with a hyphen (between letters only): joined again here.
      const text = tool('pdftotext', ['-raw', file, '-']).replace(/(\p{L})-\n(?=\p{L})/gu, '$1').replace(/\s+/g, '');
      assert.ok(text.includes(title.replace(/ /g, '')), 'the whole title is there, in order');
      assert.ok(text.includes(URL80), 'the whole mitigation is there');
    });
  }

  it('long ids, tools and safeguards in the transfer table stay on the page', async () => {
    const file = await renderPdf(`---\ntype: dtia\ntitle: Only transfers\n---\n${TRANSFER}`);
    assertInside(file);
    assert.ok(tool('pdftotext', ['-raw', file, '-']).replace(/(\p{L})-\n(?=\p{L})/gu, '$1').replace(/\s+/g, '').includes('scc'.repeat(30)));
  });

  it('a register row is never split across pages: each risk row and each measure row is whole on one page', async () => {
    const mits = (i: number) => Array.from({ length: 6 }, (_, k) => `  - {text: "Mitigation ${k + 1} of risk ${i} with enough words to wrap over lines", status: planned, due: 2027-01-0${k + 1}}`).join('\n');
    const risks = Array.from({ length: 24 }, (_, i) => `\`\`\`risk\nid: R${i + 1}\ntitle: Risk ${i + 1}\nlikelihood: high\nimpact: high\nmitigations:\n${mits(i + 1)}\n  - ORG-M${i + 1}\nresidual: {likelihood: low, impact: high}\n\`\`\`\n`).join('\n');
    const filler = 'with a long explanation of what the organisation does '.repeat(4);
    const measures = Array.from({ length: 24 }, (_, i) => `\`\`\`measure\nid: ORG-M${i + 1}\ntitle: Measure start ${i + 1} ${filler}measure end ${i + 1}\nparty: organisation\nstatus: planned\n\`\`\`\n`).join('\n');
    const file = await renderPdf(`---\ntype: dpia\ntitle: Rows\n---\n\n${measures}\n${risks}`);
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [file]))![1]);
    const text = Array.from({ length: pages }, (_, p) => tool('pdftotext', ['-raw', '-f', String(p + 1), '-l', String(p + 1), file, '-']).replace(/\s+/g, ' '));
    for (let i = 1; i <= 24; i++) {
      // A risk row in the register (the first place its mitigations are named); a measure row in the
      // measures table (the last place its title is named: the risk cards before it name it too).
      for (const [first, last, where] of [[`Mitigation 1 of risk ${i} `, `Mitigation 6 of risk ${i} `, 'first'], [`Measure start ${i} `, `measure end ${i} `, 'last']]) {
        let on = -1;
        for (let p = 0; p < text.length; p++) if (text[p].includes(first) && (where === 'last' || on < 0)) on = p;
        assert.ok(on >= 0, first);
        assert.ok(text[on].includes(last), `the row with "${first}" ends on the page it starts on (page ${on + 1})`);
      }
    }
  });

  it('renders for a look (pdftoppm) without error', async () => {
    const file = await renderPdf(doc(URL80));
    tool('pdftoppm', ['-png', '-r', '30', '-f', '2', '-l', '2', file, file.replace(/\.pdf$/, '')]);
  });
});

describe('words wider than their column: cut with a hyphen between letters (src/pdf/hyphenate.ts)', () => {
  // One unit per character: the cut point is the longest prefix that fits.
  const width = (t: string) => Array.from(t).length;

  it('a word of letters is cut with a hyphen that fits the width; two letters at least stay on either side', () => {
    assert.deepEqual(cutPoint('Beheerorganisatie', 10, width), [9, true]);
    assert.deepEqual(cutPoint('Beheerorganisatie, ', 10, width), [9, true]);
    assert.deepEqual(cutPoint('Likelihood', 9, width), [8, true]);
    assert.deepEqual(cutPoint('abc', 2, width), [2, false], 'a hyphen would leave one letter');
    // "gepseudonimiseerde " (with its space) in 18: not "gepseudonimiseerd-" + "e", but two letters on the next line.
    assert.deepEqual(cutPoint('gepseudonimiseerde ', 18, width), [16, true]);
    assert.deepEqual(cutPoint('verlopen, ', 8, width), [6, true]);
  });

  it('URLs, ids, paths and numbers are cut without a hyphen', () => {
    assert.deepEqual(cutPoint('https://example.org/aaaaaaaaaa', 10, width), [10, false]);
    assert.deepEqual(cutPoint('M365-CUSTOMER-LOCKBOX', 10, width), [10, false]);
    assert.deepEqual(cutPoint('12345678901234', 10, width), [10, false]);
  });

  it('never splits a surrogate pair', () => {
    const [n] = cutPoint('😀'.repeat(30), 9, (t) => t.length);
    assert.equal(n % 2, 0);
  });

  it('in the rendered register a long Dutch word breaks with a hyphen, never mid-word without one', async () => {
    const word = 'Beheerorganisatieverantwoordelijkheidsbeginselen';
    const file = await renderPdf(doc(`${word} ${word}`));
    const raw = tool('pdftotext', ['-raw', file, '-']);
    const lines = raw.split('\n').filter((l) => /Beheer|beginselen|organisatie|verantwoordelijk/.test(l));
    assert.ok(lines.some((l) => /\p{L}-$/u.test(l)), `a line ends in a hyphen: ${JSON.stringify(lines)}`);
    // Every piece of the word that ends a line ends with a hyphen.
    for (const l of lines) if (!/beginselen$/.test(l) && !/beginselen /.test(l)) assert.match(l, /-$/, `"${l}" ends with a hyphen`);
    assert.ok(raw.replace(/(\p{L})-\n(?=\p{L})/gu, '$1').includes(word), 'the word joins again');
  });
});
