import { locate } from '../model/document';
import { defineRule } from './types';

/** An Art. 49 derogation must name its ground: one of the points (a)–(g) of Art. 49(1). */
export const transferDerogationGroundMissing = defineRule({
  code: 'transfer.derogation-ground-missing',
  severity: 'error',
  tags: ['transfer'],
  description: {
    en: 'A transfer relies on an Art. 49 derogation (`tool: derogation`) without naming its ground (`derogation`: a point a–g of Art. 49(1)).',
    nl: 'Een doorgifte steunt op een uitzondering van art. 49 (`tool: derogation`) zonder de grond te noemen (`derogation`: een onderdeel a–g van art. 49 lid 1).',
  },
  docs:
    '`tool: derogation` without `derogation`: name the point of Art. 49(1) (`a`–`g`) the\n' +
    'transfer relies on.',
  run(ctx) {
    for (const t of ctx.transfers) {
      if (t.tool !== 'derogation' || t.block.value?.derogation !== undefined) continue;
      ctx.report({
        range: locate(t.block, '/tool'),
        block: t.id ?? null,
        message: ctx.t({
          en: `Transfer ${t.id ?? ''} relies on a derogation but names no ground. Add \`derogation\` with the point of Art. 49(1): a explicit consent, b contract with the data subject, c contract in their interest, d important reasons of public interest, e legal claims, f vital interests, g public register. Derogations are exceptions to be read restrictively (EDPB Guidelines 2/2018); public authorities cannot use a, b, c or the second subparagraph in the exercise of their public powers (Art. 49(3)).`,
          nl: `Doorgifte ${t.id ?? ''} steunt op een uitzondering maar noemt geen grond. Voeg \`derogation\` toe met het onderdeel van art. 49 lid 1: a uitdrukkelijke toestemming, b overeenkomst met de betrokkene, c overeenkomst in diens belang, d gewichtige redenen van algemeen belang, e rechtsvorderingen, f vitale belangen, g openbaar register. Uitzonderingen moeten restrictief worden uitgelegd (EDPB-richtsnoeren 2/2018); overheidsinstanties kunnen a, b, c en de tweede alinea niet gebruiken bij de uitoefening van hun openbare bevoegdheden (art. 49 lid 3).`,
        }),
      });
    }
  },
});
