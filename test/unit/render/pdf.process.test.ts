import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinCatalogue, analyze, buildRegister, parseDocument, ParseCache, pdfDefinition, type PdfRenderer } from '../../../src/core/index';
import { ROOT } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const EXAMPLE = join(ROOT, 'templates', 'examples', 'teams-onedrive-sharepoint.dpia.md');

function tool(name: string, args: string[]): string {
  const r = spawnSync(name, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${name} is needed for the PDF tests (Debian: apt-get install poppler-utils): ${r.error.message}`);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** Text of a PDF (or some of its pages), with words broken over lines at a hyphen, a slash or a zero-width break opportunity joined again. */
function pdfText(file: string, first?: number, last?: number): string {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  return tool('pdftotext', ['-raw', ...range, file, '-']).replace(/([-/])\n/g, '$1').replace(/\u200b\n?/g, '');
}

function pdf(input: string, out: string, ...extra: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'pdf', input, '-o', out, ...extra], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r;
}

describe('PDF risk register', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpia-pdf-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('contains the title page data, every risk id, level and mitigation, and page numbers', () => {
    const out = join(dir, 'teams.pdf');
    const r = pdf(EXAMPLE, out);
    assert.match(r.stderr, /wrote .*teams\.pdf \(7 risks/);
    const text = pdfText(out);
    for (const s of ['DPIA Microsoft Teams, OneDrive and', 'Ministry of Justice and Security and SURF', '2022.1', 'Privacy Company', 'Heat map (rijksdienst)', 'Before mitigation', 'After mitigation']) assert.ok(text.includes(s), s);
    for (let i = 1; i <= 7; i++) assert.match(text, new RegExp(`^R${i} `, 'm'), `R${i}`);
    const ids = [...readFileSync(EXAMPLE, 'utf8').matchAll(/^ *- (?:measure: )?((?:M365|MSFT)-[A-Z0-9-]+[A-Z0-9]) *$/gm)].map((m) => m[1]);
    assert.ok(ids.length > 20);
    for (const id of new Set(ids)) assert.ok(text.includes(id), `mitigation ${id}`);
    assert.match(text, /high medium high M365-FOLLOW-OFFICE365-RECOMMENDATIONS/);
    assert.match(text, /\blow mitigated\b/);
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    assert.ok(pages >= 4, `${pages} pages`);
    assert.ok(text.includes(`Page ${pages} of ${pages}`));
    assert.match(text, /Measures[\s\S]*Organisation \(\d+\)[\s\S]*Supplier \(\d+\)/);
  });

  it('repeats the register header on every page of the register', () => {
    const risks = Array.from({ length: 45 }, (_, i) => `\`\`\`risk\nid: R${i + 1}\ntitle: Risk number ${i + 1} with a fairly long title that wraps\nlikelihood: ${['low', 'medium', 'high'][i % 3]}\nimpact: high\nmitigations: [M365-DKE, M365-CUSTOMER-LOCKBOX]\nresidual: {likelihood: low, impact: high}\n\`\`\`\n`).join('\n');
    const input = join(dir, 'many.dpia.md');
    writeFileSync(input, `---\ntype: dpia\ntitle: Many risks\ndate: 2026-01-01\n---\n\n${risks}`);
    const out = join(dir, 'many.pdf');
    pdf(input, out);
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [out]))![1]);
    const registerPages: number[] = [];
    for (let p = 1; p <= pages; p++) if (/^R\d+ Risk number/m.test(pdfText(out, p))) registerPages.push(p);
    assert.ok(registerPages.length >= 2, `register spans ${registerPages.length} pages`);
    for (const p of registerPages) assert.match(pdfText(out, p), /^Id Risk Likelihood Impact Inherent Mitigations Residual Status$/m, `header on page ${p}`);
    assert.match(tool('pdfinfo', ['-f', String(registerPages[0]), '-l', String(registerPages[0]), out]), /Page\s+\d+ size:\s+841\.89 x 595\.28/, 'register pages are A4 landscape');
  });

  it('in one process (the parsed font is kept between documents), each document renders as in a fresh one', async () => {
    const renderer = require(join(ROOT, 'dist', 'pdf.js')) as PdfRenderer;
    const render = async (file: string) => {
      const doc = parseDocument(file, readFileSync(file, 'utf8'), new ParseCache());
      return renderer.renderPdf(pdfDefinition(buildRegister(analyze(doc, { uri: file })), { date: '2026-01-01', generated: '2026-01-01' }));
    };
    const dtia = join(ROOT, 'templates', 'examples', 'teams-onedrive-sharepoint.dtia.md');
    const first = await render(EXAMPLE);
    const other = await render(dtia);
    const again = await render(EXAMPLE);
    assert.ok(first.equals(again), 'the same document gives the same bytes after another one');
    const fresh = join(dir, 'fresh.pdf');
    pdf(EXAMPLE, fresh, '--date', '2026-01-01');
    assert.ok(readFileSync(fresh).equals(first), 'same bytes as the CLI in a fresh process');
    assert.ok(!other.equals(first));
  });

  it('identical input gives byte-identical PDF; --date fixes the creation date', () => {
    const a = join(dir, 'a.pdf');
    const b = join(dir, 'b.pdf');
    pdf(EXAMPLE, a);
    pdf(EXAMPLE, b);
    assert.ok(readFileSync(a).equals(readFileSync(b)));
    assert.match(tool('pdfinfo', [a]), /CreationDate:\s+.*2022/);
    const c = join(dir, 'c.pdf');
    pdf(EXAMPLE, c, '--date', '2030-05-06');
    assert.match(tool('pdfinfo', [c]), /CreationDate:\s+.*2030/);
    assert.ok(!readFileSync(a).equals(readFileSync(c)));
  });

  it('embeds a font with Dutch diacritics, arrows, dashes and quotes; renders raw HTML and scripts as text', () => {
    const input = join(dir, 'glyphs.dpia.md');
    writeFileSync(input, `---\ntype: dpia\ntitle: 'Privacy effect – “beoordeling” → café, ë, ï, ĳ'\nlanguage: nl\n---\n\n\`\`\`risk\nid: R1\ntitle: '<script>alert(1)</script> <b>vet</b>'\nlikelihood: hoog\nimpact: hoog\nmitigations: [M365-DKE]\nresidual: {likelihood: laag, impact: hoog}\n\`\`\`\n`);
    const out = join(dir, 'glyphs.pdf');
    pdf(input, out);
    const text = pdfText(out).replace(/\s+/g, ' ');
    assert.ok(text.includes('Privacy effect – “beoordeling” → café, ë, ï, ĳ'), text.slice(0, 200));
    assert.ok(text.includes('<script>alert(1)</script> <b>vet</b>'));
    assert.match(text, /Risicoregister/);
    assert.match(text, /Pagina 1 van/);
    const fonts = tool('pdffonts', [out]);
    assert.match(fonts, /DejaVuSans\s+CID TrueType\s+Identity-H\s+yes/);
    assert.doesNotMatch(fonts, /Helvetica|Times/);
  });

  it('has every catalogue measure title in Dutch for a Dutch register', () => {
    const input = join(dir, 'nl.dpia.md');
    const ids = builtinCatalogue().slice(0, 5).map((e) => e.id);
    writeFileSync(input, `---\ntype: dpia\ntitle: NL\nlanguage: nl\n---\n\n\`\`\`risk\nid: R1\ntitle: t\nlikelihood: laag\nimpact: laag\nmitigations: [${ids.join(', ')}]\n\`\`\`\n`);
    const out = join(dir, 'nl.pdf');
    pdf(input, out);
    const text = pdfText(out).replace(/\n/g, ' ');
    for (const e of builtinCatalogue().slice(0, 5)) assert.ok(text.includes(e.title.nl.split(' ')[0]), e.id);
    assert.match(text, /Organisatie \(5\)/);
  });
});
