import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { analyze, documentSymbols, parseDocument, ParseCache } from '../../../src/core/index';
import { fileNameFor, fillTemplate, templateType, visiblePlaceholders, yamlString } from '../../../src/core/text/template-fill';
import { ROOT } from '../helpers';

const TEMPLATES = join(ROOT, 'templates');
const templates = readdirSync(TEMPLATES).filter((f) => f.endsWith('.md'));
const VALUES = { title: "DPIA Teams for the Ministry's staff", organisation: 'Ministerie van BZK', date: '2026-11-23' };

describe('New DPIA from template: filling a template', () => {
  it('finds the templates', () => assert.ok(templates.length >= 5, templates.join(', ')));

  for (const file of templates) {
    it(`${file}: title, organisation, date and language filled; placeholders visible in preview and outline; no new problems`, () => {
      const template = readFileSync(join(TEMPLATES, file), 'utf8');
      const filled = fillTemplate(template, VALUES);
      const doc = parseDocument(`x.${templateType(template)}.md`, filled, new ParseCache());
      const fm = doc.frontMatter?.value ?? {};
      assert.equal(fm.title, VALUES.title);
      assert.equal(fm.organisation, VALUES.organisation);
      assert.equal(String(fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : fm.date), VALUES.date);
      assert.equal(fm.language, /\.nl\.md$/.test(file) ? 'nl' : 'en', 'the template keeps its language');
      // The outline's first heading is the title, and no placeholder heading is lost.
      const symbols = documentSymbols(analyze(doc, { today: VALUES.date }));
      const headings = symbols.filter((s) => s.kind === 'heading');
      assert.equal(headings[0]?.name, VALUES.title);
      // The preview shows every placeholder of the text: no "<…>" is swallowed as an HTML tag.
      const html = new MarkdownIt({ html: true }).render(filled.replace(/^---[\s\S]*?\n---\n/, ''));
      const tagsLeft = html.replace(/<pre>[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>|<!--[\s\S]*?-->/g, '').match(/<\/?[a-z][^>]*>/gi) ?? [];
      const unknown = tagsLeft.filter((t) => !/^<\/?(p|h\d|ul|ol|li|em|strong|table|thead|tbody|tr|th|td|a|blockquote|hr|br)( [^>]*)?>$/i.test(t));
      assert.deepEqual(unknown, [], 'placeholders swallowed as HTML tags');
      // The fenced blocks are untouched: the filled document has exactly the template's diagnostics.
      const codes = (t: string) => analyze(parseDocument(`x.${templateType(template)}.md`, t, new ParseCache()), { today: VALUES.date }).diagnostics.map((d) => `${d.code}@${d.range.start.line}`);
      assert.deepEqual(codes(filled), codes(template));
    });
  }

  it('Dutch and English templates alike: `<date>`/`<datum>` become today', () => {
    assert.match(fillTemplate('# x\n\n| 0.1 | <date> | a |\n| 0.1 | <datum> | b |\n', VALUES), /\| 2026-11-23 \| a \|\n\| 0\.1 \| 2026-11-23 \| b \|/);
  });

  it('placeholders become ‹…›; real HTML, code spans and comments stay as written', () => {
    assert.equal(visiblePlaceholders('Owner: <name, role> and <name of the processing>'), 'Owner: ‹name, role› and ‹name of the processing›');
    assert.equal(visiblePlaceholders('a<br>b <a href="x">y</a> `<not this one>`'), 'a<br>b <a href="x">y</a> `<not this one>`');
    assert.equal(fillTemplate('# t\n<!-- <keep me> -->\n```risk\ndescription: <keep>\n```\n', VALUES), `# ${VALUES.title}\n<!-- <keep me> -->\n\`\`\`risk\ndescription: <keep>\n\`\`\`\n`);
  });

  it('a hostile title stays one YAML string and one heading line', () => {
    const filled = fillTemplate("---\ntitle: x\n---\n# x\n", { title: "a'b\nc: d\n---", date: '2026-01-01' });
    assert.equal(filled, "---\ntitle: 'a''b c: d ---'\n---\n# a'b c: d ---\n");
    assert.equal(yamlString("it's"), "'it''s'");
  });

  it('proposes a *.dpia.md / *.dtia.md file name from the title', () => {
    assert.equal(fileNameFor('DPIA Teams & OneDrive', 'dpia'), 'dpia-teams-onedrive.dpia.md');
    assert.equal(fileNameFor('Doorgifte naar de VS: Café-systeem', 'dtia'), 'doorgifte-naar-de-vs-cafe-systeem.dtia.md');
    assert.equal(fileNameFor('<>/\\..', 'dpia'), 'dpia.dpia.md');
    assert.ok(fileNameFor('x'.repeat(500), 'dpia').length <= 60 + '.dpia.md'.length);
    assert.equal(templateType(readFileSync(join(TEMPLATES, 'dtia.nl.md'), 'utf8')), 'dtia');
    assert.equal(templateType(readFileSync(join(TEMPLATES, 'dpia.en.md'), 'utf8')), 'dpia');
  });
});
