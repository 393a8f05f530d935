import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { defineRule } from './types';

/** Processing by a processor is governed by a contract (GDPR Art. 28(3)); sub-processors too (Art. 28(4)). */
export const processingProcessorWithoutAgreement = defineRule({
  code: 'processing.processor-without-agreement',
  severity: 'warning',
  tags: ['processing'],
  description: {
    en: 'A processor or sub-processor of a processing has no recorded data-processing agreement (`agreement`, GDPR Art. 28(3)).',
    nl: 'Een verwerker of subverwerker van een verwerking heeft geen vastgelegde verwerkersovereenkomst (`agreement`, AVG art. 28 lid 3).',
  },
  docs:
    'A party with `role: processor` or `role: sub-processor` has no `agreement`. Processing by a\n' +
    'processor is governed by a contract or legal act (GDPR Art. 28(3)), and the same obligations\n' +
    'bind a sub-processor (Art. 28(4)); name the agreement, its date or where it is kept.',
  run(ctx) {
    for (const p of readParts(ctx.document).processing) {
      for (const party of p.parties) {
        if ((party.role !== 'processor' && party.role !== 'sub-processor') || party.agreement) continue;
        ctx.report({
          range: locate(p.block, `/parties/${party.index}/name`),
          block: p.id ?? null,
          message: ctx.t({
            en: `${party.name} is a ${party.role} but no data-processing agreement is recorded. Add \`agreement\` (Art. 28(3) GDPR).`,
            nl: `${party.name} is ${party.role === 'processor' ? 'verwerker' : 'subverwerker'} maar er is geen verwerkersovereenkomst vastgelegd. Voeg \`agreement\` toe (art. 28 lid 3 AVG).`,
          }),
        });
      }
    }
  },
});
