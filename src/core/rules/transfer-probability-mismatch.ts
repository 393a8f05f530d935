import { locate } from '../model/document';
import { formatLike, matchesStated } from '../model/transfer-probability';
import { formatPercent } from '../i18n/format';
import { defineRule } from './types';

/** A stated probability over the period must match 1 − (1 − annual)^years (documented rounding). */
export const transferProbabilityMismatch = defineRule({
  code: 'transfer.probability-mismatch',
  severity: 'error',
  tags: ['transfer'],
  description: {
    en: 'The stated `assessment.probability` differs from the probability computed from the factors (or annual probability) and the period, beyond the precision it is written with.',
    nl: 'De opgegeven `assessment.probability` wijkt af van de kans die volgt uit de factoren (of de kans per jaar) en de periode, meer dan de precisie waarmee hij is geschreven.',
  },
  docs:
    'The stated `assessment.probability` differs from the computed one beyond its written\n' +
    'precision (see the rounding rule above; with `scenarios`, 1 − Π(1 − p_s)). Fix: the computed\n' +
    'value, in the same form.',
  run(ctx) {
    for (const t of ctx.transfers) {
      if (!t.computed || !t.stated || matchesStated(t.stated, t.computed.period)) continue;
      const range = locate(t.block, '/assessment/probability');
      const expected = formatLike(t.stated, t.computed.period);
      const basis = t.computed.source === 'factors' ? ctx.t({ en: 'the product of the factors', nl: 'het product van de factoren' }) : 'annual-probability';
      ctx.report({
        range,
        block: t.id ?? null,
        message: ctx.t({
          en: `Stated probability ${String(t.block.value?.assessment && (t.block.value.assessment as Record<string, unknown>).probability)} does not match the computed ${formatPercent(t.computed.period, 'en')} over ${t.computed.years} years (annual ${formatPercent(t.computed.annual, 'en')}, ${basis}; 1 − (1 − annual)^years). Expected ${expected}.`,
          nl: `Opgegeven kans ${String(t.block.value?.assessment && (t.block.value.assessment as Record<string, unknown>).probability)} komt niet overeen met de berekende ${formatPercent(t.computed.period, 'nl')} over ${t.computed.years} jaar (per jaar ${formatPercent(t.computed.annual, 'nl')}, ${basis}; 1 − (1 − per jaar)^jaren). Verwacht: ${expected}.`,
        }),
        fixes: [{ title: ctx.t({ en: `Set the probability to ${expected}`, nl: `Zet de kans op ${expected}` }), preferred: true, edits: [{ range, newText: t.stated.percent ? `'${expected}'` : expected }] }],
      });
    }
  },
});
