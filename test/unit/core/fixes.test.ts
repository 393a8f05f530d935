import * as assert from 'node:assert/strict';
import { applyEdits, check, type Diagnostic } from '../../../src/core/index';

function fixFor(text: string, code: string, index = 0): { d: Diagnostic; result: string } {
  const d = check(text, { uri: 'a.dpia.md', today: '2026-01-01' }).find((x) => x.code === code);
  assert.ok(d, `no ${code}`);
  assert.ok(d.fixes && d.fixes[index], `no fix ${index} on ${code}`);
  return { d, result: applyEdits(text, d.fixes[index].edits) };
}

const FM = '---\ntype: dpia\ntitle: Fixes\n---\n\n';

describe('fixes carried on diagnostics', () => {
  it('risk.level-mismatch: sets the computed level, touching only the value', () => {
    const text = FM + '```risk\nid: R1\ntitle: t\nlikelihood: high\nimpact: medium\nlevel: medium   # stated\nmitigations: [M365-DKE]\nresidual: {likelihood: low, impact: low}\n```\n';
    const { d, result } = fixFor(text, 'risk.level-mismatch');
    assert.equal(d.fixes![0].preferred, true);
    assert.equal(result, text.replace('level: medium   # stated', 'level: high   # stated'));
    assert.deepEqual(check(result, { uri: 'a.dpia.md', today: null }), []);
  });

  it('risk.level-mismatch in a Dutch document suggests the Dutch label', () => {
    const text = '---\ntype: dpia\ntitle: t\nlanguage: nl\n---\n```risk\nid: R1\ntitle: t\nlikelihood: laag\nimpact: hoog\nlevel: hoog\n```\n';
    const { d, result } = fixFor(text, 'risk.level-mismatch');
    assert.match(d.message, /Opgegeven niveau "hoog" is in strijd met de matrix rijksdienst: kans laag × impact hoog geeft "laag"/);
    assert.ok(result.includes('level: laag\n'));
  });

  it('measure.unknown: replaces the id with the closest known one', () => {
    const text = FM + '```risk\nid: R1\ntitle: t\nlikelihood: low\nimpact: low\nmitigations:\n  - M365-CUSTOMER-LOKBOX\n  - measure: m365-dke\n```\n';
    const diags = check(text, { uri: 'a.dpia.md', today: null }).filter((d) => d.code === 'measure.unknown');
    assert.deepEqual(diags.map((d) => d.fixes![0].edits[0].newText), ['M365-CUSTOMER-LOCKBOX', 'M365-DKE']);
    const fixed = applyEdits(applyEdits(text, diags[1].fixes![0].edits), diags[0].fixes![0].edits);
    assert.equal(fixed, text.replace('M365-CUSTOMER-LOKBOX', 'M365-CUSTOMER-LOCKBOX').replace('m365-dke', 'M365-DKE'));
  });

  it('risk.residual-missing: inserts a residual section before the closing fence, keeping CRLF', () => {
    const lf = FM + '```risk\nid: R1\ntitle: t\nlikelihood: medium\nimpact: high\nmitigations: [M365-DKE]\n```\nAfter.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    for (const [text, eol] of [[lf, '\n'], [crlf, '\r\n']] as const) {
      const { result } = fixFor(text, 'risk.residual-missing');
      const expected = text.replace(`mitigations: [M365-DKE]${eol}`, `mitigations: [M365-DKE]${eol}residual:${eol}  likelihood: medium${eol}  impact: high${eol}`);
      assert.equal(result, expected);
    }
  });

  it('inserted sections follow an indented fence', () => {
    const text = FM + '  ```risk\n  id: R1\n  title: t\n  likelihood: medium\n  impact: high\n  mitigations: [M365-DKE]\n  ```\n';
    const { result } = fixFor(text, 'risk.residual-missing');
    assert.ok(result.includes('  mitigations: [M365-DKE]\n  residual:\n    likelihood: medium\n    impact: high\n  ```\n'), result);
    assert.ok(!check(result, { uri: 'a.dpia.md', today: null }).some((d) => d.code === 'yaml.syntax'));
  });

  it('risk.residual-high: adds the missing consultation skeleton', () => {
    const text = FM + '```risk\nid: R1\ntitle: t\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE]\nresidual: {likelihood: high, impact: high}\nacceptance: {by: CIO, date: 2026-01-01}\n```\n';
    const { result } = fixFor(text, 'risk.residual-high');
    assert.ok(result.includes('acceptance: {by: CIO, date: 2026-01-01}\nconsultation:\n  authority: Autoriteit Persoonsgegevens\n  date: \n  outcome: pending\n  reference: \n```'), result);
  });

  it('risk.unmitigated-high: the default edit adds a mitigations list; the editor offers a catalogue pick', () => {
    const text = FM + '```risk\nid: R1\ntitle: t\nlikelihood: high\nimpact: high\n```\n';
    const { d, result } = fixFor(text, 'risk.unmitigated-high');
    assert.equal(d.fixes![0].choice, 'add-mitigation');
    assert.ok(result.includes('impact: high\nmitigations:\n  - text: describe the measure\n```'));
  });

  it('frontmatter.missing: inserts front matter at the top and keeps the rest byte for byte', () => {
    const text = '# My DPIA\r\n\r\nText.\r\n';
    const { result } = fixFor(text, 'frontmatter.missing');
    assert.equal(result, "---\r\ntype: dpia\r\ntitle: 'My DPIA'\r\nstatus: draft\r\n---\r\n" + text);
  });

  it('level.unknown: offers every value of the axis', () => {
    const text = FM + '```risk\nid: R1\ntitle: t\nlikelihood: huge\nimpact: low\n```\n';
    const d = check(text, { uri: 'a.dpia.md', today: null }).find((x) => x.code === 'level.unknown')!;
    assert.deepEqual(d.fixes!.map((f) => f.edits[0].newText), ['low', 'medium', 'high']);
  });
});
