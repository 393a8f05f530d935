import { locate } from '../model/document';
import { defineRule } from './types';

/** Measures should not make a risk worse. */
export const riskResidualAboveInherent = defineRule({
  code: 'risk.residual-above-inherent',
  severity: 'warning',
  tags: ['risk'],
  description: { en: 'The residual level is higher than the inherent level.', nl: 'Het restrisico is hoger dan het inherente risico.' },
  docs:
    'The residual level is higher than the inherent level.',
  run(ctx) {
    for (const r of ctx.risks) {
      const before = r.inherent.computed;
      const after = r.residual?.computed;
      if (!before || !after || ctx.environment.matrix.rank(after.id) <= ctx.environment.matrix.rank(before.id)) continue;
      ctx.report({
        range: locate(r.block, '/residual', 'key'),
        block: r.id ?? null,
        message: ctx.t({
          en: `Residual level ${ctx.label(after)} of ${r.id} is above its inherent level ${ctx.label(before)}; measures should not raise a risk. Check the residual likelihood and impact.`,
          nl: `Restrisico ${ctx.label(after)} van ${r.id} is hoger dan het inherente risico ${ctx.label(before)}; maatregelen horen een risico niet te verhogen. Controleer de kans en impact na maatregelen.`,
        }),
      });
    }
  },
});
