import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { defineRule } from './types';

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** A pre-scan's outcome is only reviewable with its reasoning. */
export const prescanReasoningMissing = defineRule({
  code: 'prescan.reasoning-missing',
  severity: 'warning',
  tags: ['prescan'],
  description: {
    en: 'A pre-scan states an `outcome` without the `reasoning` that leads to it.',
    nl: 'Een pre-scan geeft een `outcome` zonder de `reasoning` die ertoe leidt.',
  },
  docs: 'A `prescan` block has an `outcome` but no `reasoning`: record why the answers lead to the\nconclusion, so that a reviewer (DPO, supervisory authority) can follow it.',
  run(ctx) {
    for (const b of readParts(ctx.document).prescans) {
      if (b.value?.outcome === undefined || filled(b.value.reasoning)) continue;
      ctx.report({
        range: locate(b, '/outcome', 'key'),
        block: b.id ?? null,
        message: ctx.t({ en: 'The pre-scan\'s outcome has no reasoning. Add `reasoning`: why the answers lead to this outcome.', nl: 'De uitkomst van de pre-scan heeft geen onderbouwing. Voeg `reasoning` toe: waarom de antwoorden tot deze uitkomst leiden.' }),
      });
    }
  },
});
