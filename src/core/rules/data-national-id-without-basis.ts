import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { defineRule } from './types';

/** The BSN may only be used to carry out a law that prescribes it (GDPR Art. 87, Art. 46 UAVG). */
export const dataNationalIdWithoutBasis = defineRule({
  code: 'data.national-id-without-basis',
  severity: 'error',
  tags: ['data', 'purpose'],
  description: {
    en: 'A purpose uses a national identification number (the BSN) and names no law that prescribes its use (`provision` in `exceptions`, Art. 46 UAVG).',
    nl: 'Een doel gebruikt een nationaal identificatienummer (het BSN) en noemt geen wet die het gebruik voorschrijft (`provision` in `exceptions`, art. 46 UAVG).',
  },
  docs:
    'A `purpose` lists in `data` a category with `national-id: true`, and its `exceptions` have no\n' +
    'entry for it with a `provision`. Under Art. 46 UAVG (GDPR Art. 87) a number that identifies a\n' +
    'person by law, such as the BSN, may only be used to carry out that law or for purposes set by\n' +
    'law; name the provision.',
  run(ctx) {
    const parts = readParts(ctx.document);
    const national = new Set(parts.data.filter((d) => d.nationalId && d.id).map((d) => d.id!));
    for (const p of parts.purposes) {
      for (const d of p.data) {
        if (!national.has(d.id) || p.exceptions.some((e) => e.data === d.id && e.provision)) continue;
        ctx.report({
          range: locate(p.block, `/data/${d.index}`),
          block: p.id ?? null,
          message: ctx.t({
            en: `Purpose ${p.id ?? ''} uses ${d.id}, a national identification number (BSN), without the law that prescribes its use (Art. 46 UAVG). Add to \`exceptions\`: { data: ${d.id}, provision: "…" }.`,
            nl: `Doel ${p.id ?? ''} gebruikt ${d.id}, een nationaal identificatienummer (BSN), zonder de wet die het gebruik voorschrijft (art. 46 UAVG). Voeg toe aan \`exceptions\`: { data: ${d.id}, provision: "…" }.`,
          }),
        });
      }
    }
  },
});
