import { addKeysToBlock } from './edits';
import type { Rule } from './types';

/** A risk at medium or above that has mitigations should say what risk remains. */
export const riskResidualMissing: Rule = {
  code: 'risk.residual-missing',
  severity: 'warning',
  description: {
    en: 'A risk at medium level or above has mitigations but no `residual` (the risk after the measures).',
    nl: 'Een risico van niveau midden of hoger heeft maatregelen maar geen `residual` (het restrisico na de maatregelen).',
  },
  run(ctx) {
    for (const r of ctx.risks) {
      const level = r.inherent.computed;
      if (!level || ctx.matrix.rank(level.id) < 1 || !r.mitigations.length || r.residual || r.block.value?.residual !== undefined) continue;
      ctx.report({
        code: 'risk.residual-missing',
        range: r.block.headRange,
        block: r.id ?? null,
        message: ctx.t({
          en: `Risk ${r.id} is ${ctx.label(level)} and has ${r.mitigations.length} mitigation(s) but no \`residual\`. State the likelihood and impact after the measures.`,
          nl: `Risico ${r.id} is ${ctx.label(level)} en heeft ${r.mitigations.length} maatregel(en) maar geen \`residual\`. Geef de kans en impact na de maatregelen.`,
        }),
        fixes: [
          {
            title: ctx.t({ en: 'Add a `residual` section', nl: 'Sectie `residual` toevoegen' }),
            preferred: true,
            edits: addKeysToBlock(ctx.doc, r.block, ['residual:', `  likelihood: ${ctx.label(r.inherent.likelihood)}`, `  impact: ${ctx.label(r.inherent.impact)}`], ctx.eol),
          },
        ],
      });
    }
  },
};
