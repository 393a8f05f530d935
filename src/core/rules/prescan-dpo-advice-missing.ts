import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { defineRule } from './types';

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** GDPR Art. 35(2): the controller seeks the DPO's advice; the pre-scan records it. */
export const prescanDpoAdviceMissing = defineRule({
  code: 'prescan.dpo-advice-missing',
  severity: 'warning',
  tags: ['prescan'],
  description: {
    en: 'A pre-scan states an `outcome` without the advice of the data protection officer (`dpo-advice`, or `dpo.advice` in the front matter).',
    nl: 'Een pre-scan geeft een `outcome` zonder het advies van de functionaris gegevensbescherming (`dpo-advice`, of `dpo.advice` in de front matter).',
  },
  docs:
    'A `prescan` block has an `outcome` but neither `dpo-advice` nor the front matter\'s `dpo.advice`\n' +
    'records the DPO\'s advice (GDPR Art. 35(2); WP248 rev.01 asks to seek it on whether a DPIA is\n' +
    'needed too).',
  run(ctx) {
    const fmDpo = ctx.document.frontMatter?.value?.dpo;
    const fmAdvice = typeof fmDpo === 'object' && fmDpo !== null && filled((fmDpo as Record<string, unknown>).advice);
    for (const b of readParts(ctx.document).prescans) {
      if (b.value?.outcome === undefined || filled(b.value['dpo-advice']) || fmAdvice) continue;
      ctx.report({
        range: locate(b, '/outcome', 'key'),
        block: b.id ?? null,
        message: ctx.t({ en: 'The pre-scan has no advice of the data protection officer. Add `dpo-advice` (GDPR Art. 35(2)).', nl: 'De pre-scan heeft geen advies van de functionaris gegevensbescherming. Voeg `dpo-advice` toe (AVG art. 35 lid 2).' }),
      });
    }
  },
});
