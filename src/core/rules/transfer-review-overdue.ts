import { countryPhrase } from '../model/country-names';
import { locate } from '../model/document';
import { isIsoDate } from '../text/dates';
import { defineRule } from './types';

/** The review date of a transfer has passed. */
export const transferReviewOverdue = defineRule({
  code: 'transfer.review-overdue',
  severity: 'warning',
  tags: ['transfer', 'date'],
  description: { en: 'The `review` date of a transfer is before today.', nl: 'De `review`-datum van een doorgifte ligt vóór vandaag.' },
  docs:
    "The transfer's `review` date is before today.",
  run(ctx) {
    if (!ctx.environment.today) return;
    for (const t of ctx.transfers) {
      if (!isIsoDate(t.review) || t.review >= ctx.environment.today) continue;
      ctx.report({
        range: locate(t.block, '/review'),
        block: t.id ?? null,
        message: ctx.t({
          en: `Transfer ${t.id ?? ''} was due for review on ${t.review}. Re-assess the law and practice of ${t.country ? countryPhrase(t.country, 'en') : 'the destination'} and set a new \`review\` date.`,
          nl: `Doorgifte ${t.id ?? ''} had op ${t.review} herbeoordeeld moeten worden. Beoordeel wet en praktijk in ${t.country ? countryPhrase(t.country, 'nl') : 'het land van bestemming'} opnieuw en kies een nieuwe \`review\`-datum.`,
        }),
      });
    }
  },
});
