import { isIsoDate } from '../text/dates';
import { locate } from '../model/document';
import { documentStatus } from '../model/assess';
import { defineRule } from './types';

/** The DPO advises before the controller adopts the DPIA (GDPR Art. 35(2)): advice dated after adoption is suspicious. */
export const documentDpoAdviceLate = defineRule({
  code: 'document.dpo-advice-late',
  severity: 'warning',
  tags: ['document'],
  description: {
    en: "The DPO's advice (`dpo.date`) is dated after the document's adoption date: `adopted`, or `date` when the document is final and has no `adopted`.",
    nl: 'Het advies van de FG (`dpo.date`) is gedateerd na de vaststellingsdatum van het document: `adopted`, of `date` als het document definitief is en geen `adopted` heeft.',
  },
  docs:
    '`dpo.date` is after the adoption date (`adopted`, or `date` when the document is\n' +
    'final and has no `adopted`): the advice must be sought before the DPIA is adopted.',
  run(ctx) {
    const fm = ctx.document.frontMatter;
    const v = fm?.value;
    const dpo = v?.dpo as Record<string, unknown> | undefined;
    if (!fm || !v || typeof dpo !== 'object' || dpo === null || !isIsoDate(dpo.date)) return;
    const key = v.adopted !== undefined ? 'adopted' : documentStatus(ctx.document) === 'final' ? 'date' : undefined;
    const adopted = key && v[key];
    if (!isIsoDate(adopted) || dpo.date <= adopted) return;
    ctx.report({
      range: locate(fm, '/dpo/date'),
      block: null,
      message: ctx.t({
        en: `The DPO's advice is dated ${dpo.date}, after the document was adopted (\`${key}: ${adopted}\`). The controller must seek the advice before adopting the DPIA (GDPR Art. 35(2)); check the dates, or adopt the document again after the advice.`,
        nl: `Het advies van de FG is gedateerd ${dpo.date}, na de vaststelling van het document (\`${key}: ${adopted}\`). De verwerkingsverantwoordelijke moet het advies inwinnen vóór de vaststelling (AVG art. 35 lid 2); controleer de datums, of stel het document na het advies opnieuw vast.`,
      }),
    });
  },
});
