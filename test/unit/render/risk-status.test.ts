// The status column of the register says what a DPO must know: a residual at or above the
// consultation threshold is open or awaits consultation until the consultation has happened,
// rejected measures are no mitigation, and an objection of the authority shows.
import * as assert from 'node:assert/strict';
import { buildRegister, analyze, parseDocument, ParseCache } from '../../../src/core/index';

const TODAY = '2026-11-23';

function statusOf(risk: string, matrix = 'rijksdienst'): string {
  const text = `---\ntype: dpia\ntitle: Status\nlanguage: en\nmatrix: ${matrix}\n---\n\n\`\`\`risk\nid: R1\ntitle: t\n${risk}\`\`\`\n`;
  const doc = parseDocument('status.dpia.md', text, new ParseCache());
  const reg = buildRegister(analyze(doc, { uri: 'status.dpia.md', today: TODAY }), { today: TODAY });
  return reg.risks[0].status;
}

const HIGH = 'likelihood: high\nimpact: high\nmitigations: [M365-DKE]\nresidual: {likelihood: high, impact: high}\n';
const ACCEPTED = 'acceptance: {by: CIO, date: 2026-01-01, until: 2027-12-31}\n';

describe('register: risk status', () => {
  it('a high residual accepted with a consultation that has happened is "accepted, authority consulted"', () => {
    assert.equal(statusOf(HIGH + ACCEPTED + 'consultation: {authority: AP, date: 2026-02-01, outcome: no-objection}\n'), 'accepted, authority consulted');
  });

  it('a pending, undated or future consultation does not count as consulted', () => {
    for (const c of ['{authority: AP, date: 2026-02-01, outcome: pending}', '{authority: AP}', '{authority: AP, date: 2027-01-01}']) {
      assert.equal(statusOf(HIGH + ACCEPTED + `consultation: ${c}\n`), 'accepted, prior consultation not yet held', c);
    }
    assert.equal(statusOf(HIGH + ACCEPTED), 'accepted, prior consultation not yet held');
  });

  it('an objection of the authority shows, whatever else is there', () => {
    assert.equal(statusOf(HIGH + ACCEPTED + 'consultation: {authority: AP, date: 2026-02-01, outcome: objection}\n'), 'authority objected');
  });

  it('a risk whose only mitigations are rejected has no mitigations', () => {
    assert.equal(statusOf('likelihood: high\nimpact: medium\nmitigations:\n  - {text: Dropped, status: rejected}\n'), 'no mitigations');
  });

  it('the consultation threshold comes from the matrix, and a residual below it is mitigated', () => {
    assert.equal(statusOf('likelihood: high\nimpact: high\nmitigations: [M365-DKE]\nresidual: {likelihood: low, impact: high}\n'), 'mitigated');
  });
});
