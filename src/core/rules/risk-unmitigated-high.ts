import { addKeysToBlock } from './edits';
import type { Rule } from './types';

/** A risk at the matrix's highest level needs mitigations. */
export const riskUnmitigatedHigh: Rule = {
  code: 'risk.unmitigated-high',
  severity: 'error',
  description: {
    en: "A risk whose inherent level is the matrix's highest has no mitigations.",
    nl: 'Een risico met het hoogste inherente niveau van de matrix heeft geen maatregelen.',
  },
  run(ctx) {
    const top = ctx.matrix.highest;
    for (const r of ctx.risks) {
      if (r.inherent.computed?.id !== top.id || r.mitigations.length > 0) continue;
      ctx.report({
        code: 'risk.unmitigated-high',
        range: r.block.headRange,
        block: r.id ?? null,
        message: ctx.t({
          en: `Risk ${r.id ?? '?'} is ${ctx.label(top)} (${ctx.label(r.inherent.likelihood)} likelihood × ${ctx.label(r.inherent.impact)} impact) but has no mitigations. Add measures under \`mitigations\`.`,
          nl: `Risico ${r.id ?? '?'} is ${ctx.label(top)} (kans ${ctx.label(r.inherent.likelihood)} × impact ${ctx.label(r.inherent.impact)}) maar heeft geen maatregelen. Voeg maatregelen toe onder \`mitigations\`.`,
        }),
        fixes: [
          {
            title: ctx.t({ en: 'Add a mitigation from the catalogue…', nl: 'Maatregel uit de catalogus toevoegen…' }),
            command: 'dpia.addMitigation',
            edits: addKeysToBlock(ctx.doc, r.block, ['mitigations:', `  - text: ${ctx.t({ en: 'describe the measure', nl: 'beschrijf de maatregel' })}`], ctx.eol),
          },
        ],
      });
    }
  },
};
