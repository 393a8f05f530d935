// `dpia export`: the whole document as PDF, DOCX and HTML, read back with real tools — poppler for
// the PDF, the DOCX's own XML, and LibreOffice (a word processor no one here wrote) opening the DOCX.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { ROOT } from '../helpers';
import { tool } from '../render/pdf-tools';

const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'export', 'whole.dpia.md');
const ARTEFACTS = join(ROOT, '.test-output');

function cli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
}

/** What every format must show: headings, paragraphs, list items, table cells, code, risk ids and card fields. */
const TEXTS = [
  'Export fixture heading one',
  'Second level heading',
  'Third level heading',
  'Fourth level heading',
  'Fifth level heading',
  'Opening paragraph with bold words',
  'https://www.edpb.europa.eu/our-work-tools/our-documents_en',
  'nested bullet item',
  'second numbered item',
  'A block quote paragraph from the supervisory authority.',
  'cell b2',
  'plain code block line one',
  "<script>alert('raw html')</script>",
  'A paragraph with inline <b>raw html</b> shown as text.',
  'https://example.com/logo.png',
  'Closing paragraph of the export fixture.',
  'Loss of control over diagnostic data',
  'Diagnostic data leaves the EU without the organisation knowing what is in it.',
  'The supplier documents only part of the events.',
  'Logging shows what leaves.',
  'CISO office',
  'Support tickets to the United States',
  'support tickets',
  'The acceptance of R2 expired on 2025-12-31.'.replace('of R2 ', ''),
  'Ministry of Examples',
  'Proceed once the supplier measures are in place.',
];

const words = (s: string) => s.replace(/[\u200b\u00ad]/g, '').replace(/\s+/g, ' ');

describe('dpia export: the whole document', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpia-export-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('PDF: title page, contents with page numbers, every heading, paragraph and risk id, footer with page X of Y', () => {
    const out = join(dir, 'whole.pdf');
    const r = cli('export', FIXTURE, '--to', 'pdf', '-o', out, '--today', '2026-11-23');
    assert.equal(r.status, 0, r.stderr);
    const text = words(tool('pdftotext', ['-raw', out, '-']).replace(/([-/])\n/g, '$1'));
    for (const t of TEXTS) assert.ok(text.includes(t), `the PDF shows "${t}"`);
    for (const id of ['R1', 'R2', 'T1', 'ORG-LOG', 'D-CONTENT']) assert.ok(text.includes(id), id);
    // The stale generated table between the markers is replaced by the computed one.
    assert.ok(!text.includes('STALE-ROW'));
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [out]))![1]);
    assert.ok(text.includes(`Page 2 of ${pages}`), 'footer');
    // The contents list the headings with page numbers.
    const toc = words(tool('pdftotext', ['-f', '2', '-l', '2', '-raw', out, '-']));
    assert.match(toc, /Contents Export fixture heading one \d+ Second level heading \d+ Third level heading \d+/);
    // Title, author and subject in the document properties; A4.
    const info = tool('pdfinfo', [out]);
    assert.match(info, /Title:\s+Export fixture — cloud collaboration suite/);
    assert.match(info, /Author:\s+A. Author/);
    assert.match(info, /Page size:\s+595.28 x 841.89/);
    // The local PNG inside the project is embedded; the file outside and the fake one are not.
    const images = tool('pdfimages', ['-list', out]).trim().split('\n').slice(2);
    assert.equal(images.length, 1, 'one embedded image');
    assert.match(r.stderr, /image not embedded \(\.\.\/\.\.\/\.\.\/package\.json: outside the allowed folder/);
    assert.match(r.stderr, /image not embedded \(images\/not-an-image\.png: not a PNG or JPEG image\)/);
    mkdirSync(ARTEFACTS, { recursive: true });
    tool('pdftoppm', ['-r', '60', '-png', '-f', '4', '-l', '4', '-singlefile', out, join(ARTEFACTS, 'export-pdf-page4')]);
  });

  it('identical input and date give byte-identical PDF and DOCX', () => {
    for (const to of ['pdf', 'docx']) {
      const a = join(dir, `a.${to}`);
      const b = join(dir, `b.${to}`);
      assert.equal(cli('export', FIXTURE, '--to', to, '-o', a, '--date', '2026-05-01').status, 0);
      assert.equal(cli('export', FIXTURE, '--to', to, '-o', b, '--date', '2026-05-01').status, 0);
      assert.ok(readFileSync(a).equals(readFileSync(b)), `${to} bytes are identical`);
    }
  });

  it('DOCX: every text in word/document.xml, Word heading styles, repeated header rows, unsplit rows, shaded levels, properties, fixed dates', () => {
    const out = join(dir, 'whole.docx');
    const r = cli('export', FIXTURE, '-o', out, '--date', '2026-05-01', '--today', '2026-11-23');
    assert.equal(r.status, 0, r.stderr);
    const zip = unzipSync(readFileSync(out));
    const xml = strFromU8(zip['word/document.xml']);
    const text = words(xml.replace(/<w:tab\/>/g, ' ').replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
    for (const t of TEXTS) assert.ok(text.includes(t), `the DOCX shows "${t}"`);
    assert.ok(!text.includes('STALE-ROW'));
    for (const h of ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5']) assert.ok(xml.includes(`<w:pStyle w:val="${h}"/>`), h);
    assert.ok(xml.includes('<w:tblHeader/>'), 'header rows repeat');
    assert.ok(xml.includes('<w:cantSplit/>'), 'rows are not split');
    assert.match(xml, /<w:shd [^>]*w:fill="F44336"/i, 'a shaded level cell');
    assert.ok(Object.keys(zip).some((n) => n.startsWith('word/media/')), 'the local image is embedded');
    const core = strFromU8(zip['docProps/core.xml']);
    assert.match(core, /<dc:title>Export fixture — cloud collaboration suite<\/dc:title>/);
    assert.match(core, /<dc:creator>A. Author<\/dc:creator>/);
    assert.match(core, /<dcterms:created[^>]*>2026-05-01T00:00:00Z</);
    // The page-number fields of the footer.
    const footers = Object.keys(zip).filter((n) => /word\/footer\d*\.xml/.test(n)).map((n) => strFromU8(zip[n])).join('');
    assert.match(footers, /NUMPAGES/);
  });

  it('DOCX: LibreOffice opens it and converts it to PDF with the same text', function () {
    const out = join(dir, 'lo.docx');
    assert.equal(cli('export', FIXTURE, '-o', out, '--today', '2026-11-23').status, 0);
    const profile = join(dir, 'lo-profile');
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), out], { encoding: 'utf8', timeout: 150_000 });
    if (r.error) throw new Error(`LibreOffice (soffice) is needed for this test (Debian: apt-get install libreoffice-writer-nogui): ${r.error.message}`);
    const pdf = join(dir, 'lo', 'lo.pdf');
    assert.ok(existsSync(pdf), `LibreOffice converted the DOCX: ${r.stderr}`);
    const text = words(tool('pdftotext', ['-raw', pdf, '-']).replace(/([-/])\n/g, '$1'));
    for (const t of ['Export fixture heading one', 'Fifth level heading', 'Loss of control over diagnostic data', 'cell b2', 'CISO office']) assert.ok(text.includes(t), `LibreOffice shows "${t}"`);
    // Contents filled in with page numbers, as Word would show them.
    assert.match(text, /Second level heading\.*\s*\d+/);
    mkdirSync(ARTEFACTS, { recursive: true });
    tool('pdftoppm', ['-r', '60', '-png', '-f', '3', '-l', '3', '-singlefile', pdf, join(ARTEFACTS, 'export-docx-libreoffice-page3')]);
    copyFileSync(out, join(ARTEFACTS, 'export-fixture.docx'));
  });

  it('HTML: self-contained, no scripts, no remote resources, every document text escaped', () => {
    const out = join(dir, 'whole.html');
    assert.equal(cli('export', FIXTURE, '--to', 'html', '-o', out, '--today', '2026-11-23').status, 0);
    const html = readFileSync(out, 'utf8');
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(!/\son[a-z]+=/i.test(html), 'no event handler attribute');
    assert.ok(!/\ssrc="(?!data:)/i.test(html), 'every src is a data: URI');
    assert.ok(!/<link\b/i.test(html), 'no linked resources');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"/);
    assert.ok(html.includes('&lt;script&gt;alert(&#39;raw html&#39;)&lt;/script&gt;'), 'raw HTML shown as text');
    assert.ok(html.includes('<img src="data:image/png;base64,'), 'local image embedded');
    assert.ok(html.includes('@media print'), 'print stylesheet');
    for (const t of ['Export fixture heading one', 'Loss of control over diagnostic data', 'CISO office']) assert.ok(html.includes(t), t);
  });

  it('refuses to write onto its input and reports an unknown format in one line', () => {
    const r = cli('export', FIXTURE, '--to', 'odt');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^dpia: --to must be pdf, docx or html, not "odt"/);
    const same = cli('export', FIXTURE, '--to', 'html', '-o', FIXTURE);
    assert.equal(same.status, 2);
    assert.match(same.stderr, /overwrite the input/);
  });
});
