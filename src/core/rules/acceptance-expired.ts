import { datePassed } from '../text/dates';
import { locate } from '../model/document';
import { defineRule } from './types';

/** A risk acceptance with an `until` date in the past no longer covers the risk. */
export const acceptanceExpired = defineRule({
  code: 'acceptance.expired',
  severity: 'warning',
  tags: ['risk', 'date'],
  description: { en: 'A risk acceptance has expired: `acceptance.until` is before today.', nl: 'Een risicoacceptatie is verlopen: `acceptance.until` ligt vóór vandaag.' },
  docs:
    '`acceptance.until` is before today: re-assess and renew the acceptance.',
  run(ctx) {
    if (!ctx.environment.today) return;
    for (const r of ctx.risks) {
      const until = r.acceptance?.until;
      if (!datePassed(until, ctx.environment.today)) continue;
      ctx.report({
        range: locate(r.block, '/acceptance/until'),
        block: r.id ?? null,
        message: ctx.t({
          en: `The acceptance of ${r.id} expired on ${until}. Re-assess the risk and renew the acceptance (new \`date\` and \`until\`).`,
          nl: `De acceptatie van ${r.id} is verlopen op ${until}. Beoordeel het risico opnieuw en vernieuw de acceptatie (nieuwe \`date\` en \`until\`).`,
        }),
      });
    }
  },
});
