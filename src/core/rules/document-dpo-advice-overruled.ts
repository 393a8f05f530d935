import { locate } from '../model/document';
import { documentStatus } from '../model/assess';
import { defineRule } from './types';

/** Not following the DPO's advice needs a recorded reason (GDPR Art. 35(2), 38(3); EDPB WP248 rev.01). */
export const documentDpoAdviceOverruled = defineRule({
  code: 'document.dpo-advice-overruled',
  severity: 'warning',
  tags: ['document'],
  description: {
    en: "The DPO's advice was not followed (`dpo.followed: false`) and `dpo.reason` does not say why. A warning in drafts, an error in a document with `status: final`.",
    nl: 'Het advies van de FG is niet opgevolgd (`dpo.followed: false`) en `dpo.reason` zegt niet waarom. Een waarschuwing in concepten, een fout in een document met `status: final`.',
  },
  docs:
    '**warning** in drafts, **error** with `status: final` (`definitief`). `dpo.followed: false`\n' +
    "without a `dpo.reason`: when the controller does not follow the DPO's advice, the DPIA records\n" +
    'why (GDPR Art. 35(2), 38(3); EDPB/WP29 guidelines on DPIA, WP248 rev.01).',
  run(ctx) {
    const fm = ctx.document.frontMatter;
    const dpo = fm?.value?.dpo as Record<string, unknown> | undefined;
    if (!fm || typeof dpo !== 'object' || dpo === null || dpo.followed !== false) return;
    if (typeof dpo.reason === 'string' && dpo.reason.trim()) return;
    const final = documentStatus(ctx.document) === 'final';
    ctx.report({
      ...(final ? { severity: 'error' as const } : {}),
      range: locate(fm, '/dpo/followed'),
      block: null,
      message: ctx.t({
        en: "The advice of the data protection officer was not followed, but the document does not say why. Record the controller's reasons in `dpo.reason` (GDPR Art. 35(2); EDPB guidelines on DPIA, WP248 rev.01).",
        nl: 'Het advies van de functionaris gegevensbescherming is niet opgevolgd, maar het document zegt niet waarom. Leg de redenen van de verwerkingsverantwoordelijke vast in `dpo.reason` (AVG art. 35 lid 2; EDPB-richtsnoeren over DPIA, WP248 rev.01).',
      }),
    });
  },
});
