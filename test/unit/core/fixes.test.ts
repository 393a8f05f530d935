import * as assert from 'node:assert/strict';
import { applyEdits, plainEdits, snippetPlainText, check, type Diagnostic } from '../../../src/core/index';

function fixFor(text: string, code: string, index = 0): { d: Diagnostic; result: string } {
  const d = check(text, { uri: 'a.dpia.md', today: '2026-01-01' }).find((x) => x.code === code);
  assert.ok(d, `no ${code}`);
  assert.ok(d.fixes && d.fixes[index], `no fix ${index} on ${code}`);
  return { d, result: applyEdits(text, plainEdits(d.fixes[index])) };
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
    const fixed = applyEdits(applyEdits(text, plainEdits(diags[1].fixes![0])), plainEdits(diags[0].fixes![0]));
    assert.equal(fixed, text.replace('M365-CUSTOMER-LOKBOX', 'M365-CUSTOMER-LOCKBOX').replace('m365-dke', 'M365-DKE'));
  });

  it('risk.residual-missing: inserts a residual section before the closing fence, keeping CRLF', () => {
    const lf = FM + '```risk\nid: R1\ntitle: t\nlikelihood: medium\nimpact: high\nmitigations: [M365-DKE]\n```\nAfter.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    for (const [text, eol] of [[lf, '\n'], [crlf, '\r\n']] as const) {
      const { result } = fixFor(text, 'risk.residual-missing');
      const expected = text.replace(`mitigations: [M365-DKE]${eol}`, `mitigations: [M365-DKE]${eol}residual:${eol}  likelihood: low${eol}  impact: low${eol}`);
      assert.equal(result, expected);
    }
  });

  it('risk.residual-missing: a snippet with a choice of levels per axis (lowest first), not a copy of the inherent levels', () => {
    const text = FM + '```risk\nid: R1\ntitle: t\nlikelihood: medium\nimpact: high\nmitigations: [M365-DKE]\n```\n';
    const fix = check(text, { uri: 'a.dpia.md', today: null }).find((x) => x.code === 'risk.residual-missing')!.fixes![0];
    assert.equal(fix.snippet, true);
    assert.equal(fix.edits[0].newText, 'residual:\n  likelihood: ${1|low,medium,high|}\n  impact: ${2|low,medium,high|}\n');
    const after = applyEdits(text, plainEdits(fix));
    assert.deepEqual(check(after, { uri: 'a.dpia.md', today: null }).map((d) => d.code), [], 'the defaults raise nothing (no residual-high, no schema error)');
    const nl = '---\ntype: dpia\ntitle: t\nlanguage: nl\n---\n```risk\nid: R1\ntitle: t\nlikelihood: midden\nimpact: hoog\nmitigations: [M365-DKE]\n```\n';
    const nlFix = check(nl, { uri: 'a.dpia.md', today: null }).find((x) => x.code === 'risk.residual-missing')!.fixes![0];
    assert.match(nlFix.edits[0].newText, /likelihood: \$\{1\|laag,midden,hoog\|\}/);
  });

  it('inserted sections follow an indented fence', () => {
    const text = FM + '  ```risk\n  id: R1\n  title: t\n  likelihood: medium\n  impact: high\n  mitigations: [M365-DKE]\n  ```\n';
    const { result } = fixFor(text, 'risk.residual-missing');
    assert.ok(result.includes('  mitigations: [M365-DKE]\n  residual:\n    likelihood: low\n    impact: low\n  ```\n'), result);
    assert.ok(!check(result, { uri: 'a.dpia.md', today: null }).some((d) => d.code === 'yaml.syntax'));
  });

  it('risk.residual-high: adds the missing consultation skeleton', () => {
    const text = FM + '```risk\nid: R1\ntitle: t\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE]\nresidual: {likelihood: high, impact: high}\nacceptance: {by: CIO, date: 2026-01-01}\n```\n';
    const { result } = fixFor(text, 'risk.residual-high');
    assert.ok(result.includes('acceptance: {by: CIO, date: 2026-01-01}\nconsultation:\n  authority: supervisory authority\n  date: 2026-01-01\n  outcome: pending\n  reference: case reference\n```'), result);
  });

  it('risk.residual-high: the acceptance and consultation skeleton is a snippet; its defaults raise no schema error; AP in Dutch documents', () => {
    const body = '```risk\nid: R1\ntitle: t\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE]\nresidual: {likelihood: high, impact: high}\n```\n';
    for (const [text, authority] of [
      [FM + body, '${5:supervisory authority}'],
      ['---\ntype: dpia\ntitle: t\nlanguage: nl\n---\n' + body.replace(/high/g, 'hoog'), '${5:Autoriteit Persoonsgegevens}'],
    ] as const) {
      const { d, result } = fixFor(text, 'risk.residual-high');
      const fix = d.fixes![0];
      assert.equal(fix.snippet, true);
      const snippet = fix.edits.map((e) => e.newText).join('');
      assert.ok(snippet.includes(`  authority: ${authority}\n`), snippet);
      assert.ok(snippet.includes('  outcome: ${7|pending,advice-received,no-objection,objection|}\n'), snippet);
      assert.ok(snippet.includes('  by: ${1:'), snippet);
      const codes = check(result, { uri: 'a.dpia.md', today: '2026-01-01' }).map((x) => x.code);
      assert.ok(!codes.some((c) => c.startsWith('schema.') || c === 'yaml.syntax'), codes.join());
    }
  });

  it('snippetPlainText keeps defaults, first choices and escaped characters', () => {
    assert.equal(snippetPlainText('a: ${1:x \\} y} b: ${2|p,q|} $3 c: \\$4 ${5} $$'), 'a: x } y b: p  c: $4  $$');
    assert.equal(snippetPlainText('${1:outer ${2:inner}}'), 'outer inner');
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
