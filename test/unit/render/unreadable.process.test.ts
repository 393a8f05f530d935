import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import MarkdownIt from 'markdown-it';
import { applyEdits, buildRegister, check, dpiaMarkdownIt, analyze, parseDocument, ParseCache, registerMarkdown, registerTable, tableEdit, transferTable } from '../../../src/core/index';
import { pdfWords, renderPdf } from './pdf-tools';

const FM = (lang = 'en') => `---\ntype: dpia\ntitle: Lost blocks\nlanguage: ${lang}\n---\n\n# Risks\n\n`;
const GOOD = '```risk\nid: R1\ntitle: Fine\nlikelihood: low\nimpact: low\n```\n\n';
// An unquoted colon in a title: the block does not parse.
const BROKEN = '```risk\nid: R2\ntitle: Access: US authorities\nlikelihood: high\nimpact: high\n```\n\n';
const BROKEN_TRANSFER = '```transfer\nid: T9\ncountry: US\ntool: scc\n  laws: [FISA-702]\n```\n\n';
const BROKEN_MEASURE = '```measure\nid: M9\ntitle: [unclosed\n```\n\n';
const NOT_A_MAPPING = '```risk\n- just\n- a list\n```\n';

const TEXT = (lang = 'en') => FM(lang) + GOOD + BROKEN + BROKEN_TRANSFER + BROKEN_MEASURE + NOT_A_MAPPING;
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

function register(text: string) {
  const doc = parseDocument('t.dpia.md', text, new ParseCache());
  return { doc, reg: buildRegister(analyze(doc, {}), { today: null }) };
}

describe('blocks that could not be read stay in the register', () => {
  it('lists every unreadable block with its kind, id and the line of the problem', () => {
    const text = TEXT();
    const { reg } = register(text);
    assert.deepEqual(
      reg.unreadable.map((u) => [u.kind, u.id, u.at]),
      [
        ['risk', 'R2', lineOf(text, 'title: Access')],
        ['transfer', 'T9', lineOf(text, '  laws:')],
        ['measure', 'M9', lineOf(text, 'title: [unclosed')],
        ['risk', undefined, lineOf(text, '```risk\n- just')],
      ],
    );
    assert.equal(reg.risks.length, 3, 'R1, R2 and the list: no risk is dropped');
    assert.equal(reg.transfers.length, 1);
    assert.ok(reg.measures.some((m) => m.unreadable?.id === 'M9'));
  });

  it('the risk table has a "could not be read (line N)" row for each unreadable risk block', () => {
    const text = TEXT();
    const rows = registerTable(register(text).reg).trim().split('\n');
    assert.equal(rows.length, 5, 'header, delimiter, R1, R2, the list');
    assert.match(rows[3], new RegExp(`^\\| R2 +\\| could not be read \\(line ${lineOf(text, 'title: Access')}\\): [^|]+\\| \\? .*\\| could not be read +\\|$`));
    assert.match(rows[4], new RegExp(`^\\| \\? +\\| could not be read \\(line ${lineOf(text, '```risk\n- just')}\\): the block is not a YAML mapping`));
  });

  it('the transfer table has a row for the unreadable transfer; the register Markdown has both', () => {
    const text = TEXT();
    const { reg } = register(text);
    assert.match(transferTable(reg), new RegExp(`\\| T9 +\\| could not be read \\(line ${lineOf(text, '  laws:')}\\)`));
    const md = registerMarkdown(reg);
    assert.match(md, /\| R2 +\| could not be read/);
    assert.match(md, /\| T9 +\| could not be read/);
  });

  it('says so in Dutch in a Dutch document', () => {
    const text = TEXT('nl');
    const table = registerTable(register(text).reg);
    assert.match(table, new RegExp(`\\| R2 +\\| kon niet worden gelezen \\(regel ${lineOf(text, 'title: Access')}\\): `));
    assert.match(table, /\| kon niet worden gelezen +\|$/m);
  });

  it('the written table names the line the block has after the table is inserted, and is then fresh', () => {
    for (const text of [TEXT(), GOOD + BROKEN, FM() + BROKEN + '<!-- dpia:risk-table -->\n<!-- /dpia:risk-table -->\n\n' + BROKEN.replace('R2', 'R3')]) {
      const { doc, reg } = register(text);
      const out = applyEdits(text, [tableEdit(doc, reg).edit]);
      for (const m of out.matchAll(/\| (R\d) +\| could not be read \(line (\d+)\)/g)) {
        assert.equal(Number(m[2]), lineOf(out, `id: ${m[1]}\ntitle: Access`) + 1, `${m[1]} in\n${out}`);
      }
      assert.deepEqual(check(out, { today: null }).filter((d) => d.code === 'table.stale'), [], out);
    }
  });

  it('table.stale reports a table that lacks the unreadable risk', () => {
    const fresh = FM() + '<!-- dpia:risk-table -->\n<!-- /dpia:risk-table -->\n\n' + GOOD;
    const { doc, reg } = register(fresh);
    const withTable = applyEdits(fresh, [tableEdit(doc, reg).edit]) + BROKEN;
    assert.deepEqual(check(withTable, { today: null }).filter((d) => d.code === 'table.stale').length, 1);
  });

  it('the preview shows a card saying each block could not be read, with its YAML', () => {
    const text = TEXT();
    const html = dpiaMarkdownIt(new MarkdownIt({ html: true })).render(text);
    const cards = [...html.matchAll(/<div class="dpia-card dpia-unreadable" data-line="(\d+)">([\s\S]*?)<\/div>\n/g)];
    assert.deepEqual(cards.map((c) => Number(c[1])), [lineOf(text, 'title: Access'), lineOf(text, '  laws:'), lineOf(text, 'title: [unclosed'), lineOf(text, '```risk\n- just')]);
    assert.match(cards[0][2], /<span class="dpia-id">R2<\/span>[\s\S]*could not be read \(line \d+\): [\s\S]*<pre><code>id: R2\ntitle: Access: US authorities/);
    assert.match(html, /<span class="dpia-id">R1<\/span>/);
  });

  it('the PDF has the unreadable risk, transfer and measure, and a note on the title page', async function () {
    this.timeout(30_000);
    const text = TEXT();
    const words = pdfWords(await renderPdf(text));
    const line = lineOf(text, 'title: Access');
    assert.ok(words.includes(`risk R2: could not be read (line ${line})`), 'title page note');
    assert.match(words, new RegExp(`R2 could not be read \\(line ${line}\\): `), 'register row');
    assert.match(words, /T9 could not be read \(line \d+\)/, 'transfer row');
    assert.match(words, /M9 could not be read \(line \d+\)/, 'measure row');
    const nl = pdfWords(await renderPdf(TEXT('nl')));
    assert.match(nl, new RegExp(`R2 kon niet worden gelezen \\(regel ${line}\\)`));
  });
});

describe('dpia table / dpia pdf warn about blocks that could not be read', () => {
  it('prints one located warning per unreadable block and still writes the row', function () {
    this.timeout(20_000);
    const file = join(mkdtempSync(join(tmpdir(), 'dpia-lost-')), 'lost.dpia.md');
    const text = FM() + GOOD + BROKEN;
    writeFileSync(file, text);
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'table', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`lost\\.dpia\\.md:${lineOf(text, 'title: Access')}: warning: the risk block R2 could not be read \\(.+\\); it is shown as a "could not be read" row\\n`));
    assert.match(r.stdout, /\| R2 +\| could not be read/);
  });
});
