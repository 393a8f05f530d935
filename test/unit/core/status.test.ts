import * as assert from 'node:assert/strict';
import { createService, documentStatus } from '../../../src/core/index';

const FM = (extra = '') => `---\ntype: dpia\ntitle: t\n${extra}---\n`;
const status = (text: string, name = 'a.dpia.md') => documentStatus(createService({ settingsFor: () => ({ today: '2026-01-01' }) }).update(name, text, 1)!);

const HIGH = '```risk\nid: R1\ntitle: a\nlikelihood: high\nimpact: high\n```\n';
const HIGH2 = HIGH.replace('R1', 'R2');
const LOW = '```risk\nid: R3\ntitle: c\nlikelihood: low\nimpact: low\n```\n';
const RESIDUAL_LOW = '```risk\nid: R4\ntitle: d\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE]\nresidual:\n  likelihood: low\n  impact: low\n```\n';
const ACCEPTED =
  '```risk\nid: R5\ntitle: e\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE]\nresidual:\n  likelihood: high\n  impact: high\n' +
  'acceptance:\n  by: CIO\n  date: 2025-06-01\n  until: 2027-01-01\n  rationale: r\nconsultation:\n  authority: AP\n  date: 2025-05-01\n  outcome: advice\n  reference: x\n```\n';

describe('document status (status bar)', () => {
  it('counts high risks that are open, in English', () => {
    const s = status(FM() + HIGH + HIGH2 + LOW);
    assert.equal(s.state, 'open');
    assert.equal(s.highOpen, 2);
    assert.equal(s.risks, 3);
    assert.equal(s.text, 'DPIA: 2 high risks open');
    assert.ok(s.errors >= 2, 'risk.unmitigated-high for both');
    assert.match(s.tooltip, /3 risk\(s\); high means high or above/);
  });

  it('says it in Dutch when the document is Dutch, singular for one', () => {
    assert.equal(status(FM('language: nl\n') + HIGH).text, 'DPIA: 1 hoog risico open');
    assert.equal(status(FM('language: nl\n') + HIGH + HIGH2).text, "DPIA: 2 hoge risico's open");
    assert.equal(status(FM('language: nl\n') + LOW).text, "DPIA: alle risico's beheerst");
    assert.equal(status(FM('language: nl\n')).text, "DPIA: geen risico's vastgelegd");
  });

  it('a residual level below the threshold closes a high inherent risk', () => {
    const s = status(FM() + RESIDUAL_LOW + LOW);
    assert.deepEqual([s.state, s.highOpen, s.text], ['controlled', 0, 'DPIA: all risks under control']);
  });

  it('a high residual risk is closed only by an acceptance after a held consultation', () => {
    assert.equal(status(FM() + ACCEPTED).highOpen, 0);
    assert.equal(status(FM() + ACCEPTED.replace('outcome: advice', 'outcome: pending')).highOpen, 1);
    assert.equal(status(FM() + ACCEPTED.replace(/acceptance:\n(?: {2}.*\n)+/, '')).highOpen, 1);
  });

  it('names a DTIA as such and reports an empty document', () => {
    const s = status('# notes\n', 'x.dtia.md');
    assert.deepEqual([s.state, s.text], ['empty', 'DTIA: no risks recorded']);
  });
});
