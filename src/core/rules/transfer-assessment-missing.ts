import { needsAssessment } from '../model/destinations';
import { defineRule } from './types';

/** Transfers not covered by adequacy need an assessment of the probability of lawful access. */
export const transferAssessmentMissing = defineRule({
  code: 'transfer.assessment-missing',
  severity: 'warning',
  tags: ['transfer'],
  description: {
    en: 'A transfer to a destination not covered by adequacy (or the DPF), and not made under an Art. 49 derogation, has no `assessment` of the probability of lawful access.',
    nl: 'Een doorgifte naar een bestemming zonder adequaatheid (of DPF), en niet op grond van een uitzondering van art. 49, heeft geen `assessment` van de kans op rechtmatige toegang.',
  },
  docs:
    'A transfer to a destination not covered by adequacy (or, for the US, not by the DPF;\n' +
    'for Canada and Japan, not for a public importer) has no `assessment`. A transfer under an Art. 49\n' +
    'derogation needs none.',
  run(ctx) {
    for (const t of ctx.transfers) {
      if (!t.countryKnown || t.assessment || !needsAssessment(t.country!, t.tool, t.sector)) continue;
      ctx.report({
        range: t.block.headRange,
        block: t.id ?? null,
        message: ctx.t({
          en: `Transfer ${t.id ?? ''} to ${t.country} is not covered by adequacy: add an \`assessment\` with \`years\` and \`factors\` (or \`annual-probability\`).`,
          nl: `Doorgifte ${t.id ?? ''} naar ${t.country} valt niet onder een adequaatheidsbesluit: voeg een \`assessment\` toe met \`years\` en \`factors\` (of \`annual-probability\`).`,
        }),
      });
    }
  },
});
