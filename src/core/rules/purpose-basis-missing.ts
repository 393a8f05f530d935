import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { defineRule } from './types';

/** Every purpose needs a legal basis of GDPR Art. 6(1); (c) and (e) need the law it rests on (Art. 6(3)). */
export const purposeBasisMissing = defineRule({
  code: 'purpose.basis-missing',
  severity: 'error',
  tags: ['purpose'],
  description: {
    en: 'A purpose has no legal basis (`basis`, GDPR Art. 6(1) a–f), or relies on (c) or (e) without naming the legal provision (`provision`, Art. 6(3)).',
    nl: 'Een doel heeft geen grondslag (`basis`, AVG art. 6 lid 1 a–f), of steunt op (c) of (e) zonder het wettelijk voorschrift te noemen (`provision`, art. 6 lid 3).',
  },
  docs:
    'A `purpose` block has no `basis`, or has `basis: c` (legal obligation) or `basis: e` (public\n' +
    'task) without `provision`: GDPR Art. 6(3) requires that the basis for (c) and (e) be laid down\n' +
    'by Union or Member State law, so the DPIA names it (§11 of the Model DPIA Rijksdienst).',
  run(ctx) {
    for (const p of readParts(ctx.document).purposes) {
      if (!p.basis) {
        ctx.report({
          range: locate(p.block, '/id'),
          block: p.id ?? null,
          message: ctx.t({
            en: `Purpose ${p.id ?? ''} has no legal basis. Add \`basis\`: a (consent), b (contract), c (legal obligation), d (vital interests), e (public task) or f (legitimate interests).`,
            nl: `Doel ${p.id ?? ''} heeft geen grondslag. Voeg \`basis\` toe: a (toestemming), b (overeenkomst), c (wettelijke verplichting), d (vitale belangen), e (algemeen belang/openbaar gezag) of f (gerechtvaardigd belang).`,
          }),
        });
      } else if ((p.basis === 'c' || p.basis === 'e') && !p.provision) {
        ctx.report({
          range: locate(p.block, '/basis'),
          block: p.id ?? null,
          message: ctx.t({
            en: `Purpose ${p.id ?? ''} relies on Art. 6(1)(${p.basis}) but names no legal provision. Add \`provision\`: the law that lays down the obligation or task (Art. 6(3)).`,
            nl: `Doel ${p.id ?? ''} steunt op art. 6 lid 1 onder ${p.basis} maar noemt geen wettelijk voorschrift. Voeg \`provision\` toe: de wet die de verplichting of taak vastlegt (art. 6 lid 3).`,
          }),
        });
      }
    }
  },
});
