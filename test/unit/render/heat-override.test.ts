// A motivated level override (risk.level-overridden) shows in the heat maps: the cell is marked and
// a note says which level is in force, in the preview and in the PDF definition.
import * as assert from 'node:assert/strict';
import { analyze, buildRegister, heatmapHtml, parseDocument, ParseCache, pdfDefinition } from '../../../src/core/index';

const DOC = (lang: string) => `---\ntype: dpia\ntitle: Override\nlanguage: ${lang}\n---\n\n\`\`\`risk\nid: R7\ntitle: Special categories in Teams\nlikelihood: low\nimpact: high\nlevel: high\nmotivation:\n  level: The report rates this risk high.\nmitigations: [M365-DKE]\nresidual: {likelihood: low, impact: high, level: high, motivation: {level: Still high.}}\n\`\`\`\n\n\`\`\`risk\nid: R1\ntitle: Plain\nlikelihood: low\nimpact: high\n\`\`\`\n`;

const registerOf = (lang: string) => {
  const doc = parseDocument('o.dpia.md', DOC(lang), new ParseCache());
  return buildRegister(analyze(doc, { uri: 'o.dpia.md', today: null }), { today: null });
};

describe('heat maps show motivated level overrides', () => {
  it('the register lists the override for before and after, at its cell', () => {
    const reg = registerOf('en');
    assert.deepEqual(reg.heat.overrides.before.map((o) => [o.id, o.level, o.matrixLevel]), [['R7', 'high', 'low']]);
    assert.deepEqual(reg.heat.overrides.after.map((o) => o.id), ['R7']);
    const o = reg.heat.overrides.before[0];
    assert.equal(reg.heat.before[o.row][o.col], 2, 'R7 and R1 share the cell low × high');
  });

  it('the preview marks the cell and says which level is in force', () => {
    const html = heatmapHtml(registerOf('nl'));
    assert.match(html, />2\*<\/td>/);
    assert.match(html, /R7: niveau hoog geldt \(gemotiveerde afwijking; de matrix geeft laag\)/);
  });

  it('the PDF heat maps carry the same note', () => {
    const json = JSON.stringify(pdfDefinition(registerOf('en'), { date: '2026-11-23' }));
    assert.match(json, /"2\*"/);
    assert.match(json, /R7: level high in force \(motivated deviation; the matrix gives low\)/);
  });
});
