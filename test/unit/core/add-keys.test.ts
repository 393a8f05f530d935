// Issue 11, item 5: quick fixes and "add mitigation" never add a duplicate key and never edit at a
// negative character; an empty value is replaced, a flow list is edited in place.
import * as assert from 'node:assert/strict';
import { addMitigationEdit, applyEdits, plainEdits, check, parseDocument, ParseCache } from '../../../src/core/index';
import { flowClose } from '../../../src/core/model/mitigation-edit';

const FM = '---\ntype: dpia\ntitle: Fixes\nlanguage: en\n---\n\n';
const risk = (tail: string, head = 'likelihood: high\nimpact: high\n') => `${FM}\`\`\`risk\nid: R1\ntitle: t\n${head}${tail}\n\`\`\`\nAfter.\n`;
const errors = (t: string) => check(t, { uri: 'a.dpia.md', today: null }).filter((d) => d.code === 'yaml.syntax' || d.code.startsWith('schema.'));

function addMitigation(text: string, id = 'M365-DKE'): string {
  const e = addMitigationEdit(parseDocument('a.dpia.md', text, new ParseCache()), 'R1', id);
  assert.ok(e, 'an edit is offered');
  for (const p of [e.range.start, e.range.end]) assert.ok(p.character >= 0 && p.line >= 0, `edit at ${p.line}:${p.character}`);
  return applyEdits(text, [e]);
}

function fix(text: string, code: string, today: string | null = null): string {
  const d = check(text, { uri: 'a.dpia.md', today }).find((x) => x.code === code);
  assert.ok(d?.fixes?.[0]?.edits.length, `a fix with edits on ${code}`);
  return applyEdits(text, plainEdits(d.fixes[0]));
}

describe('adding a mitigation (command) to every form of `mitigations`', () => {
  const cases: [string, string][] = [
    ['mitigations:', 'mitigations:\n  - M365-DKE'],
    ['mitigations: ~', 'mitigations:\n  - M365-DKE'],
    ['mitigations: null  # later', 'mitigations:\n  - M365-DKE  # later'],
    ["mitigations: ''", 'mitigations:\n  - M365-DKE'],
    ['mitigations: []', 'mitigations: [M365-DKE]'],
    ['mitigations: [ ]  # none yet', 'mitigations: [M365-DKE ]  # none yet'],
    ['mitigations: [M365-CUSTOMER-LOCKBOX, M365-NO-SMS-MFA]', 'mitigations: [M365-CUSTOMER-LOCKBOX, M365-NO-SMS-MFA, M365-DKE]'],
    ['mitigations: [M365-CUSTOMER-LOCKBOX,]', 'mitigations: [M365-CUSTOMER-LOCKBOX, M365-DKE]'],
    ['mitigations: [\n  M365-CUSTOMER-LOCKBOX,\n  {measure: M365-NO-SMS-MFA, status: "planned"}\n  ]', 'mitigations: [\n  M365-CUSTOMER-LOCKBOX,\n  {measure: M365-NO-SMS-MFA, status: "planned"}, M365-DKE\n  ]'],
    ['mitigations:\n  - M365-CUSTOMER-LOCKBOX', 'mitigations:\n  - M365-CUSTOMER-LOCKBOX\n  - M365-DKE'],
    ['residual: {likelihood: low, impact: low}', 'residual: {likelihood: low, impact: low}\nmitigations:\n  - M365-DKE'],
  ];
  for (const [form, expected] of cases) {
    it(JSON.stringify(form), () => {
      const text = risk(form);
      const after = addMitigation(text);
      assert.equal(after, risk(expected));
      assert.deepEqual(errors(after), []);
    });
  }

  it('keeps CRLF line ends and the fence indentation', () => {
    const text = FM.replace(/\n/g, '\r\n') + '  ```risk\r\n  id: R1\r\n  mitigations:\r\n  ```\r\n';
    assert.equal(addMitigation(text), FM.replace(/\n/g, '\r\n') + '  ```risk\r\n  id: R1\r\n  mitigations:\r\n    - M365-DKE\r\n  ```\r\n');
  });

  it('offers no edit where none is safe (a scalar, an unclosed flow list)', () => {
    for (const form of ['mitigations: M365-DKE', 'mitigations: {a: 1}']) {
      assert.equal(addMitigationEdit(parseDocument('a.dpia.md', risk(form), new ParseCache()), 'R1', 'X'), undefined, form);
    }
  });

  it('flowClose finds the bracket past quotes, nested maps and comments', () => {
    const t = `[a, 'it''s ]', "q\\"]", {k: [x]} # ]\n]`;
    assert.deepEqual(flowClose(t, 0), { insertAt: t.indexOf('} #') + 1, needsComma: true });
    assert.deepEqual(flowClose('[]', 0), { insertAt: 1, needsComma: false });
    assert.equal(flowClose('[a, b', 0), undefined);
  });
});

describe('quick fixes that add a key replace an empty value (never a duplicate key)', () => {
  for (const form of ['mitigations:', 'mitigations: ~', "mitigations: ''"]) {
    it(`risk.unmitigated-high on ${JSON.stringify(form)}`, () => {
      const after = fix(risk(form), 'risk.unmitigated-high');
      assert.equal(after, risk('mitigations:\n  - text: describe the measure'));
      assert.deepEqual(errors(after), []);
    });
  }

  it('risk.unmitigated-high on an empty flow list edits the list', () => {
    const after = fix(risk('mitigations: []'), 'risk.unmitigated-high');
    assert.equal(after, risk('mitigations: [{ text: describe the measure }]'));
    assert.deepEqual(errors(after), []);
  });

  it('risk.unmitigated-high with duplicate ids edits its own block', () => {
    const text = risk('mitigations: ~') + risk('mitigations:').slice(FM.length);
    const d = check(text, { uri: 'a.dpia.md', today: null }).filter((x) => x.code === 'risk.unmitigated-high');
    assert.equal(d.length, 2);
    const second = applyEdits(text, plainEdits(d[1].fixes![0]));
    assert.equal(second, risk('mitigations: ~') + risk('mitigations:\n  - text: describe the measure').slice(FM.length));
  });

  it('risk.residual-high on `acceptance:` and `consultation: ~`', () => {
    const text = risk('mitigations: [M365-DKE]\nresidual: {likelihood: high, impact: high}\nacceptance:\nconsultation: ~  # ask AP');
    const after = fix(text, 'risk.residual-high', '2026-03-01');
    assert.equal(
      after,
      risk(
        'mitigations: [M365-DKE]\nresidual: {likelihood: high, impact: high}\nacceptance:\n  by: name and role\n  date: 2026-03-01\n  until: 2027-03-01\n  rationale: why the residual risk is accepted\nconsultation:\n  authority: supervisory authority\n  date: 2026-03-01\n  outcome: pending\n  reference: case reference  # ask AP',
      ),
    );
    assert.equal(after.match(/^acceptance:/gm)!.length, 1);
    assert.equal(errors(after).filter((d) => d.code === 'yaml.syntax').length, 0);
  });

  it('risk.residual-high: an empty `acceptance: {}` is replaced, a missing `consultation` appended', () => {
    const text = risk('mitigations: [M365-DKE]\nresidual: {likelihood: high, impact: high}\nacceptance: {}');
    const after = fix(text, 'risk.residual-high');
    // {} counts as an acceptance for the rule, so only the consultation is missing.
    assert.equal(after.match(/^consultation:/gm)!.length, 1);
    assert.equal(errors(after).filter((d) => d.code === 'yaml.syntax').length, 0);
  });
});
