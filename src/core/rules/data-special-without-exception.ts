import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { defineRule } from './types';

/** Special categories of personal data may only be processed under an exception of GDPR Art. 9(2). */
export const dataSpecialWithoutException = defineRule({
  code: 'data.special-without-exception',
  severity: 'error',
  tags: ['data', 'purpose'],
  description: {
    en: 'A purpose uses a special category of personal data (GDPR Art. 9(1)) and names no Art. 9(2) exception (`ground`) for it in `exceptions`.',
    nl: 'Een doel gebruikt een bijzondere categorie persoonsgegevens (AVG art. 9 lid 1) en noemt daarvoor geen uitzondering van art. 9 lid 2 (`ground`) in `exceptions`.',
  },
  docs:
    'A `purpose` lists in `data` a category whose `data` block has `special:` set, and its\n' +
    '`exceptions` have no entry for that category with a `ground` (`9(2)(a)`–`9(2)(j)`). Processing\n' +
    'special categories is prohibited unless an exception of GDPR Art. 9(2) applies (in the\n' +
    'Netherlands often with UAVG Art. 22–30 as the national law it needs: add it as `provision`).',
  run(ctx) {
    const parts = readParts(ctx.document);
    const special = new Map(parts.data.filter((d) => d.special && d.id).map((d) => [d.id!, d.special!]));
    for (const p of parts.purposes) {
      for (const d of p.data) {
        const cat = special.get(d.id);
        if (!cat || p.exceptions.some((e) => e.data === d.id && e.ground)) continue;
        ctx.report({
          range: locate(p.block, `/data/${d.index}`),
          block: p.id ?? null,
          message: ctx.t({
            en: `Purpose ${p.id ?? ''} uses ${d.id}, special category data (${cat}), without an Art. 9(2) exception. Add to \`exceptions\`: { data: ${d.id}, ground: 9(2)(…) }.`,
            nl: `Doel ${p.id ?? ''} gebruikt ${d.id}, bijzondere persoonsgegevens (${cat}), zonder uitzondering van art. 9 lid 2. Voeg toe aan \`exceptions\`: { data: ${d.id}, ground: 9(2)(…) }.`,
          }),
        });
      }
    }
  },
});
