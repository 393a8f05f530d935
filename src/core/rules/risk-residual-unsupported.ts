import { locate } from '../model/document';
import { defineRule } from './types';

/** A residual below the inherent level needs a measure that is not rejected to bring it down. */
export const riskResidualUnsupported = defineRule({
  code: 'risk.residual-unsupported',
  severity: 'warning',
  tags: ['risk'],
  description: {
    en: 'The residual level is lower than the inherent level, but the risk has no mitigations or only rejected ones: nothing supports the lower residual risk.',
    nl: 'Het restrisico is lager dan het inherente risico, maar het risico heeft geen maatregelen of alleen afgewezen maatregelen: niets onderbouwt het lagere restrisico.',
  },
  docs:
    'The residual level is lower than the inherent level, but every mitigation is\n' +
    'rejected or there are none: nothing supports the lower residual risk.',
  run(ctx) {
    for (const r of ctx.risks) {
      const before = r.inherent.computed;
      const after = r.residual?.computed;
      if (!before || !after || ctx.environment.matrix.atLeast(after, before) || r.effective.length > 0) continue;
      const n = r.mitigations.length;
      const why = n
        ? n === 1
          ? ctx.t({ en: 'its only mitigation is rejected', nl: 'de enige maatregel is afgewezen' })
          : ctx.t({ en: `all ${n} of its mitigations are rejected`, nl: `alle ${n} maatregelen zijn afgewezen` })
        : ctx.t({ en: 'it has no mitigations', nl: 'er zijn geen maatregelen' });
      ctx.report({
        range: locate(r.block, '/residual', 'key'),
        block: r.id ?? null,
        message: ctx.t({
          en: `Residual level ${ctx.label(after)} of ${r.id ?? '?'} is below its inherent level ${ctx.label(before)}, but ${why}; a rejected measure lowers nothing. Add a measure that is planned or implemented, or set the residual to the inherent likelihood and impact.`,
          nl: `Restrisico ${ctx.label(after)} van ${r.id ?? '?'} is lager dan het inherente risico ${ctx.label(before)}, maar ${why}; een afgewezen maatregel verlaagt niets. Voeg een geplande of uitgevoerde maatregel toe, of zet het restrisico op de inherente kans en impact.`,
        }),
      });
    }
  },
});
