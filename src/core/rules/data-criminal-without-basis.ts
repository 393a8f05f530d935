import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { defineRule } from './types';

/** Criminal data may only be processed under official authority or when authorised by law (GDPR Art. 10; UAVG Art. 31–33). */
export const dataCriminalWithoutBasis = defineRule({
  code: 'data.criminal-without-basis',
  severity: 'error',
  tags: ['data', 'purpose'],
  description: {
    en: 'A purpose uses personal data relating to criminal convictions and offences (GDPR Art. 10) and names no legal basis (`provision`) for it in `exceptions`.',
    nl: 'Een doel gebruikt persoonsgegevens van strafrechtelijke aard (AVG art. 10) en noemt daarvoor geen wettelijke grondslag (`provision`) in `exceptions`.',
  },
  docs:
    'A `purpose` lists in `data` a category with `criminal: true`, and its `exceptions` have no\n' +
    'entry for it with a `provision`. GDPR Art. 10 allows such processing only under the control of\n' +
    'official authority or when authorised by Union or Member State law (in the Netherlands UAVG\n' +
    'Art. 31–33).',
  run(ctx) {
    const parts = readParts(ctx.document);
    const criminal = new Set(parts.data.filter((d) => d.criminal && d.id).map((d) => d.id!));
    for (const p of parts.purposes) {
      for (const d of p.data) {
        if (!criminal.has(d.id) || p.exceptions.some((e) => e.data === d.id && e.provision)) continue;
        ctx.report({
          range: locate(p.block, `/data/${d.index}`),
          block: p.id ?? null,
          message: ctx.t({
            en: `Purpose ${p.id ?? ''} uses ${d.id}, criminal data (Art. 10 GDPR), without a legal basis. Add to \`exceptions\`: { data: ${d.id}, provision: "…" } (e.g. UAVG Art. 31–33).`,
            nl: `Doel ${p.id ?? ''} gebruikt ${d.id}, strafrechtelijke gegevens (art. 10 AVG), zonder wettelijke grondslag. Voeg toe aan \`exceptions\`: { data: ${d.id}, provision: "…" } (bijv. UAVG art. 31–33).`,
          }),
        });
      }
    }
  },
});
