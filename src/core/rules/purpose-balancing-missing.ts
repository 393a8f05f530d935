import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { defineRule } from './types';

/** Legitimate interests (Art. 6(1)(f)) need a documented balancing test. */
export const purposeBalancingMissing = defineRule({
  code: 'purpose.balancing-missing',
  severity: 'warning',
  tags: ['purpose'],
  description: {
    en: 'A purpose relies on legitimate interests (Art. 6(1)(f)) without a balancing test (`balancing`).',
    nl: 'Een doel steunt op gerechtvaardigd belang (art. 6 lid 1 onder f) zonder belangenafweging (`balancing`).',
  },
  docs:
    'A `purpose` with `basis: f` has no `balancing`. Art. 6(1)(f) requires the legitimate interest,\n' +
    'the necessity of the processing for it, and a weighing against the interests and rights of the\n' +
    'data subjects; the DPIA records that test.',
  run(ctx) {
    for (const p of readParts(ctx.document).purposes) {
      if (p.basis !== 'f' || p.balancing) continue;
      ctx.report({
        range: locate(p.block, '/basis'),
        block: p.id ?? null,
        message: ctx.t({
          en: `Purpose ${p.id ?? ''} relies on legitimate interests (f) without a balancing test. Add \`balancing\`: the interest, why the processing is necessary for it, and how it weighs against the data subjects' interests.`,
          nl: `Doel ${p.id ?? ''} steunt op gerechtvaardigd belang (f) zonder belangenafweging. Voeg \`balancing\` toe: het belang, waarom de verwerking daarvoor nodig is, en hoe het opweegt tegen de belangen van de betrokkenen.`,
        }),
      });
    }
  },
});
