import { transfersOf } from '../model/transfers';
import { needsAssessment } from '../model/destinations';
import type { Rule } from './types';

/** Transfers not covered by adequacy need an assessment of the probability of lawful access. */
export const transferAssessmentMissing: Rule = {
  code: 'transfer.assessment-missing',
  severity: 'warning',
  description: {
    en: 'A transfer to a destination not covered by adequacy (or the DPF), and not made under an Art. 49 derogation, has no `assessment` of the probability of lawful access.',
    nl: 'Een doorgifte naar een bestemming zonder adequaatheid (of DPF), en niet op grond van een uitzondering van art. 49, heeft geen `assessment` van de kans op rechtmatige toegang.',
  },
  run(ctx) {
    for (const t of transfersOf(ctx.doc)) {
      if (!t.countryKnown || t.assessment || !needsAssessment(t.country!, t.tool, t.sector)) continue;
      ctx.report({
        code: 'transfer.assessment-missing',
        range: t.block.headRange,
        block: t.id ?? null,
        message: ctx.t({
          en: `Transfer ${t.id ?? ''} to ${t.country} is not covered by adequacy: add an \`assessment\` with \`years\` and \`factors\` (or \`annual-probability\`).`,
          nl: `Doorgifte ${t.id ?? ''} naar ${t.country} valt niet onder een adequaatheidsbesluit: voeg een \`assessment\` toe met \`years\` en \`factors\` (of \`annual-probability\`).`,
        }),
      });
    }
  },
};
