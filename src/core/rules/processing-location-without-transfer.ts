import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { destinationStatus } from '../model/destinations';
import { isCountryCode } from '../model/country-names';
import { defineRule } from './types';

/** Processing outside the EEA is a transfer (GDPR Chapter V): it needs its assessment. */
export const processingLocationWithoutTransfer = defineRule({
  code: 'processing.location-without-transfer',
  severity: 'error',
  tags: ['processing', 'transfer'],
  description: {
    en: 'A processing location is outside the EEA and no `transfer` block for that country, nor a linked DTIA (`dtia`), covers it.',
    nl: 'Een verwerkingslocatie ligt buiten de EER en geen `transfer`-blok voor dat land, noch een gekoppelde DTIA (`dtia`), dekt haar.',
  },
  docs:
    'A `locations` entry of a `processing` block names a country outside the EEA (adequate\n' +
    'countries included: the transfer is still to be documented) and neither links a DTIA\n' +
    'document (`dtia: ./x.dtia.md`) nor a `transfer` block of this document for the same country\n' +
    '(`transfer: T1`, or any `transfer` block with that `country`). EEA membership comes from the\n' +
    'same adequacy data as the DTIA rules.',
  run(ctx) {
    const transfers = ctx.transfers;
    for (const p of readParts(ctx.document).processing) {
      for (const loc of p.locations) {
        if (!loc.country || !isCountryCode(loc.country) || destinationStatus(loc.country) === 'eea' || loc.dtia) continue;
        const linked = loc.transfer ? transfers.find((t) => t.id === loc.transfer) : undefined;
        if (linked ? linked.country === loc.country : !loc.transfer && transfers.some((t) => t.country === loc.country)) continue;
        ctx.report({
          range: locate(p.block, `/locations/${loc.index}/${loc.transfer ? 'transfer' : 'country'}`),
          block: p.id ?? null,
          message: loc.transfer
            ? ctx.t({
                en: `Location ${loc.country}: transfer ${loc.transfer} ${linked ? `goes to ${linked.country ?? '?'}, not ${loc.country}` : 'is not a transfer block of this document'}. Link the transfer block for ${loc.country}, or the DTIA with \`dtia: ./….dtia.md\`.`,
                nl: `Locatie ${loc.country}: doorgifte ${loc.transfer} ${linked ? `gaat naar ${linked.country ?? '?'}, niet naar ${loc.country}` : 'is geen transfer-blok in dit document'}. Koppel het transfer-blok voor ${loc.country}, of de DTIA met \`dtia: ./….dtia.md\`.`,
              })
            : ctx.t({
                en: `Processing in ${loc.country} (outside the EEA) is a transfer, but no transfer assessment covers it. Add a \`transfer\` block for ${loc.country} and link it with \`transfer: <id>\`, or link the DTIA with \`dtia: ./….dtia.md\`.`,
                nl: `Verwerking in ${loc.country} (buiten de EER) is een doorgifte, maar geen doorgiftebeoordeling dekt haar. Voeg een \`transfer\`-blok voor ${loc.country} toe en koppel het met \`transfer: <kenmerk>\`, of koppel de DTIA met \`dtia: ./….dtia.md\`.`,
              }),
        });
      }
    }
  },
});
