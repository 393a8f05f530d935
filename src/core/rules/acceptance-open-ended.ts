import { locate } from '../model/document';
import { defineRule } from './types';

/** An acceptance of a residual risk that needs prior consultation should lapse at a date. */
export const acceptanceOpenEnded = defineRule({
  code: 'acceptance.open-ended',
  severity: 'warning',
  tags: ['risk'],
  description: {
    en: "An acceptance of a residual risk at or above the matrix's consultation threshold has no `until` date: such an acceptance should be re-assessed at a set date.",
    nl: 'Een acceptatie van een restrisico op of boven de raadplegingsdrempel van de matrix heeft geen `until`-datum: zo’n acceptatie hoort op een vaste datum opnieuw beoordeeld te worden.',
  },
  docs:
    "An `acceptance` of a residual risk at or above the matrix's\n" +
    '`consultation-required-from` level has no `until`: an accepted high risk should be re-assessed at\n' +
    'a set date.',
  run(ctx) {
    const from = ctx.environment.matrix.consultationFrom;
    for (const r of ctx.risks) {
      const level = r.residual?.computed;
      const until = r.acceptance?.until;
      if (!r.acceptance || (until !== undefined && until !== null && until !== '') || !ctx.environment.matrix.atLeast(level, from)) continue;
      ctx.report({
        range: locate(r.block, '/acceptance', 'key'),
        block: r.id ?? null,
        message: ctx.t({
          en: `The acceptance of ${r.id ?? '?'} covers a ${ctx.label(level)} residual risk (consultation threshold: ${ctx.label(from)}) without an end date. Add \`until\` with the date by which the risk is re-assessed.`,
          nl: `De acceptatie van ${r.id ?? '?'} dekt een restrisico ${ctx.label(level)} (raadplegingsdrempel: ${ctx.label(from)}) zonder einddatum. Voeg \`until\` toe met de datum waarop het risico opnieuw wordt beoordeeld.`,
        }),
      });
    }
  },
});
