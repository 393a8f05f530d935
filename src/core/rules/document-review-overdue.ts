import { locate } from '../model/document';
import { datePassed } from '../text/dates';
import { defineRule } from './types';

/** The document's periodic review date (front matter `review`) has passed (GDPR Art. 35(11)). */
export const documentReviewOverdue = defineRule({
  code: 'document.review-overdue',
  severity: 'warning',
  tags: ['document', 'date'],
  description: {
    en: 'The `review` date in the front matter is before today: the assessment is due for its review (GDPR Art. 35(11)).',
    nl: 'De `review`-datum in de front matter ligt vóór vandaag: de beoordeling moet opnieuw worden bekeken (AVG art. 35 lid 11).',
  },
  docs:
    "The front matter's `review` date is before today. GDPR Art. 35(11) requires the controller to review\n" +
    'whether the processing is performed in accordance with the DPIA, at least when the risk changes;\n' +
    '`dpia register` lists every document due for review.',
  run(ctx) {
    const fm = ctx.document.frontMatter;
    const review = fm?.value?.review;
    if (!fm || !datePassed(review, ctx.environment.today)) return;
    ctx.report({
      range: locate(fm, '/review'),
      block: null,
      message: ctx.t({
        en: `This assessment was due for review on ${review}. Check that the processing still matches it and that its risks and measures still hold (GDPR Art. 35(11)), then set a new \`review\` date.`,
        nl: `Deze beoordeling had op ${review} opnieuw bekeken moeten worden. Controleer of de verwerking er nog mee overeenkomt en of de risico's en maatregelen nog kloppen (AVG art. 35 lid 11), en kies daarna een nieuwe \`review\`-datum.`,
      }),
    });
  },
});
