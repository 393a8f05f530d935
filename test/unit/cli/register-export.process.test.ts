// `dpia register --format pdf|html -o FILE` (issue 18): the organisation register through the
// whole-document export's writers, read back with poppler; document text stays text.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { tool } from '../render/pdf-tools';

const CLI = join(ROOT, 'dist', 'cli.js');
const risk = (id: string, title: string, extra = '') => '```risk\nid: ' + id + '\ntitle: "' + title + '"\nlikelihood: high\nimpact: high\n' + extra + '\n```\n\n';

describe('dpia register --format pdf|html', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpia-register-export-'));
    writeFileSync(join(dir, 'a.dpia.md'), `---\ntype: dpia\ntitle: Alpha\n---\n\n${risk('R1', 'Open high risk in alpha')}`);
    writeFileSync(join(dir, 'b.dpia.md'), `---\ntype: dpia\ntitle: Beta\nlanguage: en\n---\n\n${risk('R9', '<script>alert(1)</script> beta risk', 'mitigations: [M365-DKE]\nresidual: {likelihood: low, impact: high}\naccept: {by: DPO, date: 2025-01-01, until: 2026-01-01, rationale: ok}')}`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, 'register', ...args, '--today', '2026-03-01'], { cwd: dir, encoding: 'utf8' });

  it('writes a PDF with a title page, contents, totals and the risks of every document', () => {
    const r = cli('.', '--format', 'pdf', '-o', 'register.pdf');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /wrote register\.pdf \(PDF, 2 documents\)/);
    const out = join(dir, 'register.pdf');
    assert.match(tool('pdfinfo', [out]), /^Title:\s+Organisation register$/m);
    const text = tool('pdftotext', ['-raw', out, '-']).replace(/(\p{L})-\n(?=\p{L})/gu, '$1').replace(/([-/])\n/g, '$1').replace(/\s+/g, ' ');
    for (const t of ['Organisation register', 'Contents', 'Totals', '2 documents, 2 risks', 'Risks by document', 'a.dpia.md', 'R1', 'Open high risk in alpha', 'R9', '<script>alert(1)</script> beta risk', 'Page 2 of'])
      assert.ok(text.includes(t), `the PDF shows "${t}"`);
    // Identical input gives identical bytes.
    assert.equal(cli('.', '--format', 'pdf', '-o', 'again.pdf').status, 0);
    assert.ok(readFileSync(out).equals(readFileSync(join(dir, 'again.pdf'))));
  });

  it('writes one self-contained HTML file: no script, the document text escaped, Dutch labels with --lang nl', () => {
    const r = cli('.', '--format', 'html', '-o', 'register.html', '--lang', 'nl');
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(join(dir, 'register.html'), 'utf8');
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; beta risk'));
    assert.ok(html.includes('Organisatieregister'));
    assert.match(html, /Content-Security-Policy/);
  });

  it('pdf and html need -o; -o never writes onto a document read', () => {
    const r = cli('.', '--format', 'pdf');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^dpia: --format pdf writes a file: name it with -o FILE\.pdf$/m);
    const before = readFileSync(join(dir, 'a.dpia.md'), 'utf8');
    const onto = cli('.', '--format', 'markdown', '-o', 'a.dpia.md');
    assert.equal(onto.status, 2, onto.stderr);
    assert.equal(readFileSync(join(dir, 'a.dpia.md'), 'utf8'), before);
    assert.equal(cli('.', '--format', 'markdown', '-o', 'register.md').status, 0);
    assert.ok(existsSync(join(dir, 'register.md')) && readFileSync(join(dir, 'register.md'), 'utf8').startsWith('# Organisation register'));
  });
});
