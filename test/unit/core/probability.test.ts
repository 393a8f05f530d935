import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/index';
import { annualFromFactors, combineScenarios, computeAssessment, formatLike, matchesStated, parseStated, probabilityOverPeriod} from '../../../src/core/model/transfer-probability';
import { formatPercent } from '../../../src/core/i18n/format';

const close = (a: number, b: number, rel = 1e-12) => assert.ok(Math.abs(a - b) <= rel * Math.max(Math.abs(b), 1e-300), `${a} ≉ ${b}`);

describe('probability of lawful access', () => {
  it('annual probability is the product of the factors', () => {
    close(annualFromFactors([{ name: 'a', probability: 0.05 }, { name: 'b', probability: 0.5 }, { name: 'c', probability: 0.2 }]), 0.005);
    assert.equal(annualFromFactors([{ name: 'a', probability: 0.3 }, { name: 'zero', probability: 0 }]), 0);
    assert.equal(annualFromFactors([{ name: 'a', probability: 1 }, { name: 'b', probability: 1 }]), 1);
  });

  it('over the period: 1 − (1 − annual)^years', () => {
    close(probabilityOverPeriod(0.005, 5), 1 - Math.pow(0.995, 5));
    close(probabilityOverPeriod(0.1, 1), 0.1);
    close(probabilityOverPeriod(0.5, 2), 0.75);
  });

  it('edge cases: 0, 1, zero years', () => {
    assert.equal(probabilityOverPeriod(0, 50), 0);
    assert.equal(probabilityOverPeriod(1, 5), 1);
    assert.equal(probabilityOverPeriod(1, 0), 0);
    assert.equal(probabilityOverPeriod(0.3, 0), 0);
  });

  it('tiny annual probabilities keep their precision (no 1 − (1 − 1e-12) cancellation)', () => {
    close(probabilityOverPeriod(1e-12, 5), 5e-12, 1e-9);
    close(probabilityOverPeriod(1e-15, 1), 1e-15, 1e-9);
    assert.ok(probabilityOverPeriod(1e-18, 50) > 0);
  });

  it('50-year periods', () => {
    close(probabilityOverPeriod(0.01, 50), 1 - Math.pow(0.99, 50));
    close(probabilityOverPeriod(0.2, 50), 1 - Math.pow(0.8, 50));
    assert.ok(probabilityOverPeriod(0.5, 50) < 1 && probabilityOverPeriod(0.5, 50) > 0.999999999999);
  });

  it('reads an assessment from factors or annual-probability; rejects what cannot be computed', () => {
    const f = computeAssessment({ years: 5, factors: [{ name: 'a', probability: 0.05 }, { name: 'b', probability: 0.1 }] })!;
    assert.equal(f.source, 'factors');
    close(f.annual, 0.005);
    close(f.period, 1 - Math.pow(0.995, 5));
    assert.equal(computeAssessment({ years: 2, 'annual-probability': 0.5 })!.source, 'annual-probability');
    assert.equal(computeAssessment({ years: 2 }), undefined);
    assert.equal(computeAssessment({ years: 2, factors: [{ name: 'bad', probability: 1.5 }] }), undefined);
    assert.equal(computeAssessment({ 'annual-probability': 0.1 }), undefined);
    assert.equal(computeAssessment(undefined), undefined);
  });

  it('stated figures match when equal to the computed one rounded to their own decimals (at least whole percents)', () => {
    const computed = probabilityOverPeriod(0.005, 5); // 0.024751...
    assert.ok(matchesStated(parseStated(0.0248)!, computed));
    assert.ok(matchesStated(parseStated(0.025)!, computed));
    assert.ok(matchesStated(parseStated('2.48%')!, computed));
    assert.ok(matchesStated(parseStated('2.475%')!, computed));
    assert.ok(matchesStated(parseStated(0.02)!, computed), 'two decimals: 0.02');
    assert.ok(!matchesStated(parseStated(0.0247)!, computed));
    assert.ok(!matchesStated(parseStated('2.4%')!, computed));
    assert.ok(!matchesStated(parseStated(0.1)!, computed));
    assert.ok(matchesStated(parseStated(5e-12)!, probabilityOverPeriod(1e-12, 5)));
    assert.equal(parseStated('abc'), undefined);
  });

  it('formats the fix like the stated figure', () => {
    const computed = probabilityOverPeriod(0.005, 5);
    assert.equal(formatLike(parseStated(0.1), computed), '0.0248');
    assert.equal(formatLike(parseStated('2.4%'), computed), '2.48%');
    assert.equal(formatLike(undefined, computed), '0.0248');
    assert.ok(matchesStated(parseStated(Number(formatLike(parseStated(0.1), computed)))!, computed));
  });

  it('percentages for people', () => {
    assert.equal(formatPercent(0, 'en'), '0%');
    assert.equal(formatPercent(0.024751, 'en'), '2.48%');
    assert.equal(formatPercent(0.5, 'en'), '50.0%');
    assert.equal(formatPercent(0.0000123, 'en'), '0.0012%');
    assert.equal(formatPercent(1e-12, 'en'), '< 0.0001%');
    assert.equal(formatPercent(1, 'en'), '100.0%');
  });
});

describe('several scenarios', () => {
  const A = { name: 'FISA 702 order', factors: [{ name: 'a', probability: 0.02 }, { name: 'b', probability: 0.5 }, { name: 'c', probability: 0.2 }] };
  const B = { name: 'CLOUD Act warrant', factors: [{ name: 'd', probability: 0.01 }, { name: 'e', probability: 0.5 }] };

  it('combine as 1 − Π(1 − p_s), p_s each scenario over the period (the README example: 3.45%)', () => {
    const r = combineScenarios([A, B], 5);
    assert.equal(r.source, 'scenarios');
    close(r.scenarios![0].period, 1 - Math.pow(0.998, 5));
    close(r.scenarios![1].period, 1 - Math.pow(0.995, 5));
    close(r.period, 1 - (1 - r.scenarios![0].period) * (1 - r.scenarios![1].period));
    close(r.annual, 1 - 0.998 * 0.995);
    assert.equal(formatPercent(r.period, 'en'), '3.45%');
    assert.ok(r.period < r.scenarios![0].period + r.scenarios![1].period, 'less than the sum');
  });

  it('one scenario equals the single chain; tiny probabilities keep their precision; certainty stays 1', () => {
    close(combineScenarios([A], 5).period, computeAssessment({ years: 5, factors: A.factors })!.period);
    close(combineScenarios([{ name: 't', factors: [{ name: 'x', probability: 1e-12 }] }, { name: 'u', factors: [{ name: 'y', probability: 1e-12 }] }], 5).period, 1e-11, 1e-9);
    assert.equal(combineScenarios([A, { name: 'sure', factors: [{ name: 'x', probability: 1 }] }], 2).period, 1);
  });

  it('computeAssessment reads scenarios; rejects a scenario without computable factors; keeps single chains as before', () => {
    const r = computeAssessment({ years: 5, scenarios: [A, B] })!;
    assert.equal(r.source, 'scenarios');
    assert.equal(r.scenarios!.length, 2);
    assert.equal(computeAssessment({ years: 5, scenarios: [A, { name: 'bad', factors: [] }] }), undefined);
    assert.equal(computeAssessment({ years: 5, scenarios: [A, { name: 'bad', factors: [{ name: 'x', probability: 2 }] }] }), undefined);
    assert.equal(computeAssessment({ years: 5, factors: A.factors })!.source, 'factors');
  });
});

describe('probabilities in Dutch use a decimal comma', () => {
  it('formatPercent', () => {
    assert.equal(formatPercent(0.024751, 'nl'), '2,48%');
    assert.equal(formatPercent(1e-12, 'nl'), '< 0,0001%');
  });

  it('transfer.probability-mismatch speaks Dutch numbers in a Dutch document', () => {
    const text = '---\ntype: dtia\ntitle: t\nlanguage: nl\n---\n\n```transfer\nid: T1\ncountry: US\ntool: scc\nmodule: 3\nassessment:\n  years: 5\n  annual-probability: 0.005\n  probability: 0.1\n```\n';
    const d = check(text, { uri: 't.dtia.md', today: null }).find((x) => x.code === 'transfer.probability-mismatch')!;
    assert.match(d.message, /berekende 2,48% over 5 jaar \(per jaar 0,50%/);
  });
});
