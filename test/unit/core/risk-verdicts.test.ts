import * as assert from 'node:assert/strict';
import { applyEdits, plainEdits, buildRegister, BUILTIN_MATRIX_TEXTS, check, analyze, parseDocument, ParseCache, type Diagnostic } from '../../../src/core/index';
import { load } from 'js-yaml';
import { fixture } from '../helpers';

const run = (text: string, today: string | null = '2026-01-01', severities?: Record<string, 'off' | 'error' | 'warning' | 'info' | 'hint'>) =>
  check(text, { uri: 'a.dpia.md', today, severities, readResource: () => undefined });
const sev = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code).map((d) => d.severity);
const fm = (extra = '') => `---\ntype: dpia\ntitle: t\n${extra}---\n\n`;

/** The YAML of the first risk block in a text. */
function riskYaml(text: string): Record<string, unknown> {
  const m = /```risk\n([\s\S]*?)```/.exec(text);
  assert.ok(m, 'a risk block');
  return load(m[1]) as Record<string, unknown>;
}

describe('risk verdicts (issue 12)', () => {
  it('risk.residual-missing is a warning in drafts and an error in a final document', () => {
    const final = fixture('rules', 'risk.residual-missing.final.dpia.md');
    assert.deepEqual(sev(run(final), 'risk.residual-missing'), ['error']);
    assert.deepEqual(sev(run(final.replace('status: final', 'status: draft')), 'risk.residual-missing'), ['warning']);
    assert.deepEqual(sev(run(fixture('rules', 'risk.residual-missing.dpia.md')), 'risk.residual-missing'), ['warning']);
  });

  it('document.dpo-advice-overruled is a warning in drafts and an error when final (Dutch status too); a configured severity wins', () => {
    const draft = fixture('rules', 'document.dpo-advice-overruled.dpia.md');
    const final = fixture('rules', 'document.dpo-advice-overruled.final.dpia.md');
    assert.deepEqual(sev(run(draft), 'document.dpo-advice-overruled'), ['warning']);
    assert.deepEqual(sev(run(final), 'document.dpo-advice-overruled'), ['error']);
    assert.deepEqual(sev(run(final.replace('status: final', 'status: definitief')), 'document.dpo-advice-overruled'), ['error']);
    assert.deepEqual(sev(run(final, '2026-01-01', { 'document.dpo-advice-overruled': 'info' }), 'document.dpo-advice-overruled'), ['info']);
    assert.deepEqual(sev(run(final, '2026-01-01', { 'document.dpo-advice-overruled': 'off' }), 'document.dpo-advice-overruled'), []);
  });

  it('risk.level-overridden is info; the motivated level feeds the other rules and the register', () => {
    const text = fixture('rules', 'risk.level-overridden.dpia.md');
    const ds = run(text);
    assert.deepEqual(sev(ds, 'risk.level-overridden'), ['info', 'info']);
    assert.match(ds.find((d) => d.code === 'risk.unmitigated-high')!.message, /Risk R1 is high \(low likelihood × high impact, motivated level\)/);
    const doc = parseDocument('a.dpia.md', text, new ParseCache());
    const reg = buildRegister(analyze(doc, {}));
    const byId = new Map(reg.risks.map((r) => [r.id, r]));
    assert.equal(byId.get('R1')!.inherent!.id, 'high', 'the table shows the stated level, not the matrix level (low)');
    assert.equal(byId.get('R2')!.residual!.id, 'medium', 'residual override: matrix gives high');
    // Without the motivation the same risk is a mismatch and the matrix level (low) is used.
    const plain = run(text.replace(/motivation:\n(?: {2}.*\n)+/, ''));
    assert.ok(plain.some((d) => d.code === 'risk.level-mismatch' && d.block === 'R1'));
    assert.ok(!plain.some((d) => d.code === 'risk.unmitigated-high' && d.block === 'R1'));
  });

  it('a residual that is overridden to high needs acceptance and consultation', () => {
    const text = fm() + '```risk\nid: R1\ntitle: t\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE]\nresidual:\n  likelihood: low\n  impact: high\n  level: high\n  motivation: { level: The report keeps it high. }\n```\n';
    assert.deepEqual(run(text).map((d) => d.code).sort(), ['risk.level-overridden', 'risk.residual-high']);
  });

  it('thresholds are named in the messages (cnil: from medium)', () => {
    const ds = run(fixture('rules', 'risk.unmitigated-high.cnil.dpia.md'));
    assert.match(ds[0].message, /Risk C1 is medium .*at or above medium, from which the cnil matrix requires mitigation, but has no mitigations/);
    const nl = run(fixture('rules', 'risk.unmitigated-high.cnil.dpia.md').replace('matrix: cnil', 'matrix: cnil\nlanguage: nl'));
    assert.match(nl[0].message, /midden of hoger, vanaf waar de matrix cnil maatregelen eist/);
    const rejected = run(fixture('rules', 'risk.unmitigated-high.dpia.md')).find((d) => d.block === 'R4')!;
    assert.match(rejected.message, /the highest level of the rijksdienst matrix, but all 2 of its mitigations are rejected/);
  });

  it('a custom matrix can require consultation from medium', () => {
    const text = '---\ntype: dpia\ntitle: t\nmatrix: ./m.yaml\n---\n```risk\nid: R1\ntitle: t\nlikelihood: medium\nimpact: medium\nmitigations: [M365-DKE]\nresidual: { likelihood: medium, impact: medium }\n```\n';
    const m = BUILTIN_MATRIX_TEXTS.rijksdienst.replace(/^consultation-required-from: high$/m, 'consultation-required-from: medium');
    const ds = check(text, { uri: '/x/a.dpia.md', today: null, readResource: () => m });
    assert.deepEqual(ds.map((d) => d.code), ['risk.residual-high']);
    assert.match(ds[0].message, /at or above medium, from which the rijksdienst matrix requires prior consultation/);
  });

  it('prior consultation: a future date counts when the date rules are off; pending never counts', () => {
    const base = fm() + '```risk\nid: R1\ntitle: t\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE]\nresidual: { likelihood: medium, impact: high }\nacceptance: { by: CIO, date: 2025-06-01, until: 2027-01-01 }\nconsultation: { authority: AP, date: 2026-02-01 }\n```\n';
    assert.deepEqual(run(base).map((d) => d.code), ['risk.residual-high']);
    assert.match(run(base)[0].message, /dated in the future \(not held yet\)/);
    assert.deepEqual(run(base, null), []);
    assert.deepEqual(run(base.replace('date: 2026-02-01', 'date: 2026-02-01, outcome: pending'), null).map((d) => d.code), ['risk.residual-high']);
    assert.deepEqual(run(base.replace(', date: 2026-02-01', ''), null).map((d) => d.code), ['risk.residual-high']);
  });

  it('risk.residual-high fix adds only the keys that are absent (no duplicate consultation)', () => {
    const text = fixture('rules', 'risk.residual-high.dpia.md');
    const undated = run(text).find((d) => d.block === 'R3')!;
    assert.equal(undated.fixes, undefined, 'consultation exists: nothing to append');
    const noAcc = fm() + '```risk\nid: R1\ntitle: t\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE]\nresidual: { likelihood: medium, impact: high }\nconsultation: { authority: AP }\n```\n';
    const d = run(noAcc).find((x) => x.code === 'risk.residual-high')!;
    const fixed = applyEdits(noAcc, plainEdits(d.fixes![0]));
    const y = riskYaml(fixed);
    assert.ok('acceptance' in y && 'consultation' in y);
    assert.equal((fixed.match(/^consultation:/gm) ?? []).length, 1);
  });

  it('risk.unmitigated-high fix adds an item to an existing list of rejected mitigations (no second key)', () => {
    const text = fixture('rules', 'risk.unmitigated-high.dpia.md');
    const d = run(text).find((x) => x.block === 'R4')!;
    const fixed = applyEdits(text, plainEdits(d.fixes![0]));
    const r4 = /```risk\nid: R4[\s\S]*?```/.exec(fixed)![0];
    assert.equal((r4.match(/^mitigations:/gm) ?? []).length, 1);
    const y = load(r4.slice(8, -3)) as { mitigations: unknown[] };
    assert.equal(y.mitigations.length, 3);
    assert.ok(!run(fixed).some((x) => x.block === 'R4' && x.code === 'risk.unmitigated-high'));
  });

  describe('measure.unknown on a retired acceptance id', () => {
    const risk = (mitigations: string, extra = '') =>
      fm('language: en\n') + '```risk\nid: D1\ntitle: t\nlikelihood: medium\nimpact: medium\n' + mitigations + 'residual: { likelihood: low, impact: medium }\n' + extra + '```\nAfter.\n';

    it('is reported even while a catalogue still lists the id, with a fix that makes it an acceptance', () => {
      const text = risk('mitigations:\n  - MSFT-EU-DATA-BOUNDARY\n  - measure: M365-ACCEPT-TRANSFER-LOGS-2023\n    party: organisation\n    status: implemented\n');
      const d = run(text).find((x) => x.code === 'measure.unknown')!;
      assert.match(d.message, /"M365-ACCEPT-TRANSFER-LOGS-2023" is a risk acceptance, not a measure/);
      const fixed = applyEdits(text, plainEdits(d.fixes![0]));
      const y = riskYaml(fixed) as { mitigations: unknown[]; acceptance: Record<string, unknown> };
      assert.deepEqual(y.mitigations, ['MSFT-EU-DATA-BOUNDARY']);
      assert.deepEqual(Object.keys(y.acceptance), ['by', 'date', 'until', 'rationale']);
      assert.equal(y.acceptance.until, '2023-12-31');
      assert.match(String(y.acceptance.rationale), /pseudonymised server logs and telemetry/);
      assert.ok(fixed.endsWith('```\nAfter.\n'));
      assert.ok(!run(fixed, null).some((x) => x.code === 'measure.unknown'));
    });

    it('keeps an existing acceptance and removes the only item with its key', () => {
      const text = risk('mitigations:\n  - M365-ACCEPT-TRANSFER-LOGS-2023\n', 'acceptance: { by: CIO, date: 2023-06-13, until: 2023-12-31 }\n');
      const d = run(text).find((x) => x.code === 'measure.unknown')!;
      const fixed = applyEdits(text, plainEdits(d.fixes![0]));
      assert.equal((fixed.match(/^acceptance:/gm) ?? []).length, 1);
      assert.ok(!/mitigations/.test(fixed));
      assert.deepEqual(Object.keys(riskYaml(fixed)).sort(), ['acceptance', 'id', 'impact', 'likelihood', 'residual', 'title']);
    });

    it('removes an item from a flow list, first, middle or last', () => {
      for (const [list, left] of [
        ['[M365-ACCEPT-TRANSFER-LOGS-2023, M365-DKE]', ['M365-DKE']],
        ['[M365-DKE, M365-ACCEPT-TRANSFER-LOGS-2023, MSFT-EU-DATA-BOUNDARY]', ['M365-DKE', 'MSFT-EU-DATA-BOUNDARY']],
        ['[M365-DKE, M365-ACCEPT-TRANSFER-LOGS-2023]', ['M365-DKE']],
        ['[M365-ACCEPT-TRANSFER-LOGS-2023]', []],
      ] as const) {
        const text = risk(`mitigations: ${list}\n`);
        const d = run(text).find((x) => x.code === 'measure.unknown')!;
        const y = riskYaml(applyEdits(text, plainEdits(d.fixes![0]))) as { mitigations: unknown[]; acceptance: unknown };
        assert.deepEqual(y.mitigations, left, list);
        assert.ok(y.acceptance, list);
      }
    });

    it('Dutch documents get the Dutch rationale', () => {
      const text = risk('mitigations: [M365-ACCEPT-TRANSFER-LOGS-2023]\n').replace('language: en', 'language: nl');
      const d = run(text).find((x) => x.code === 'measure.unknown')!;
      assert.match(d.message, /is een risicoacceptatie, geen maatregel/);
      assert.match(String((riskYaml(applyEdits(text, plainEdits(d.fixes![0]))).acceptance as Record<string, unknown>).rationale), /gepseudonimiseerde serverlogs/);
    });
  });
});
