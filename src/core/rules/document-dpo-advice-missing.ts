import { locate } from '../model/document';
import { defineRule } from './types';

/** A final DPIA needs the DPO's advice (GDPR Art. 35(2)). */
export const documentDpoAdviceMissing = defineRule({
  code: 'document.dpo-advice-missing',
  severity: 'warning',
  tags: ['document'],
  description: {
    en: 'The document has `status: final` but no DPO advice (`dpo` with `advice`) in the front matter.',
    nl: 'Het document heeft `status: final` (definitief) maar geen advies van de FG (`dpo` met `advice`) in de front matter.',
  },
  docs:
    "`status: final` (or `definitief`) without the DPO's advice (`dpo.advice`).",
  run(ctx) {
    const fm = ctx.document.frontMatter;
    const v = fm?.value;
    if (!fm || !v || (v.status !== 'final' && v.status !== 'definitief')) return;
    const dpo = v.dpo as Record<string, unknown> | undefined;
    if (dpo && typeof dpo === 'object' && typeof dpo.advice === 'string' && dpo.advice.trim()) return;
    ctx.report({
      range: locate(fm, '/status'),
      block: null,
      message: ctx.t({
        en: 'The document is final but records no advice of the data protection officer (GDPR Art. 35(2)). Add `dpo` with `name`, `date`, `advice` and `followed` to the front matter.',
        nl: 'Het document is definitief maar bevat geen advies van de functionaris gegevensbescherming (AVG art. 35 lid 2). Voeg `dpo` met `name`, `date`, `advice` en `followed` toe aan de front matter.',
      }),
    });
  },
});
