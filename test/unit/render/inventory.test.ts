import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { analyze, buildInventory, buildRegister, dpiaMarkdownIt, inventoryMarkdown, parseDocument, ParseCache, pdfDefinition } from '../../../src/core/index';

const F = '```';
const DOC = (lang: 'en' | 'nl') => `---
type: dpia
title: Inventory
language: ${lang}
---

${F}data
id: D1
name: 'Notes | with <script>alert(1)</script>'
subjects: [employees]
special: health
source: the employee
retention: { period: P2Y, trigger: end of employment, enforced-by: HR system }
${F}

${F}data
id: D2
national-id: true
retention: { rule: payroll law }
${F}

${F}purpose
id: P1
title: Sick-leave
basis: c
provision: Wet verbetering poortwachter
data: [D1, D2]
exceptions:
  - { data: D1, ground: 9(2)(b) }
  - { data: D2, provision: Wet op de loonbelasting 1964 }
${F}
`;

const doc = (lang: 'en' | 'nl') => parseDocument('i.dpia.md', DOC(lang), new ParseCache());

describe('data inventory (register, preview, PDF)', () => {
  it('lists each category with its kind, retention and where it is used, and each purpose with its basis', () => {
    const inv = buildInventory(doc('en'), 'en');
    assert.deepEqual(
      inv.rows.map((r) => [r.id, r.flags.join(', '), r.retention, r.usedBy.join(',')]),
      [
        ['D1', 'special: health', 'P2Y, from end of employment, by HR system', 'P1'],
        ['D2', 'national id (BSN)', 'payroll law', 'P1'],
      ],
    );
    assert.deepEqual(inv.purposes, [{ id: 'P1', title: 'Sick-leave', basis: 'c', provision: 'Wet verbetering poortwachter', data: ['D1', 'D2'] }]);
    assert.equal(buildInventory(doc('nl'), 'nl').headers.title, 'Gegevensinventaris');
    assert.equal(buildInventory(doc('nl'), 'nl').rows[1].flags[0], 'nationaal id (BSN)');
  });

  it('the Markdown table escapes pipes and HTML; nothing when there are no data or purpose blocks', () => {
    const md = inventoryMarkdown(buildInventory(doc('en'), 'en'));
    assert.match(md, /Notes \\\| with &lt;script&gt;/);
    assert.doesNotMatch(md, /<script>/);
    assert.equal(md.split('\n').filter((l) => l.startsWith('| D')).length, 2);
    assert.equal(inventoryMarkdown(buildInventory(parseDocument('e.dpia.md', '# none\n', new ParseCache()), 'en')), '');
  });

  it('the register carries the inventory, and the PDF definition has its section', () => {
    const reg = buildRegister(analyze(doc('nl'), {}));
    assert.equal(reg.inventory.rows.length, 2);
    const json = JSON.stringify(pdfDefinition(reg, { date: '2026-01-01' }));
    assert.ok(json.includes('Gegevensinventaris'));
    assert.ok(json.includes('Sick-leave'), 'the purpose row');
    assert.ok(json.includes('Wet verbetering poortwachter'));
  });

  it('the preview shows the inventory before the first data block, escaped, and keeps the YAML visible', () => {
    const html = dpiaMarkdownIt(new MarkdownIt({ html: true })).render(DOC('en'));
    assert.equal(html.split('class="dpia-inventory"').length, 2);
    assert.ok(html.indexOf('dpia-inventory') < html.indexOf('id: D1'));
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /&lt;script&gt;/);
    assert.match(html, /payroll law/);
  });
});
