import { locate } from '../model/document';
import { defineRule } from './types';
import { countryName, guessCountry } from '../model/country-names';

/** `country` must be an ISO 3166-1 alpha-2 code. */
export const transferCountryUnknown = defineRule({
  code: 'transfer.country-unknown',
  severity: 'error',
  tags: ['transfer'],
  description: {
    en: 'The `country` of a transfer is not an ISO 3166-1 alpha-2 country code.',
    nl: 'Het `country` van een doorgifte is geen ISO 3166-1 alpha-2-landcode.',
  },
  docs:
    '`country` is not an ISO 3166-1 alpha-2 code. Fix: the code for a country name in\n' +
    'English or Dutch ("USA", "Verenigde Staten" → `US`); `UK` (reserved, not assigned) → `GB`. The\n' +
    'rules that depend on the destination wait until the code is valid, so `UK` is not reported as\n' +
    '"no adequacy".',
  run(ctx) {
    for (const t of ctx.transfers) {
      const raw = t.block.value?.country;
      if (typeof raw !== 'string' || t.countryKnown) continue;
      const uk = /^uk$/i.test(raw.trim());
      const guess = uk ? 'GB' : guessCountry(raw);
      const range = locate(t.block, '/country');
      const message = uk
        ? ctx.t({
            en: `"${raw}" is not an ISO 3166-1 alpha-2 country code (UK is only reserved); the United Kingdom is GB, which has an adequacy decision.`,
            nl: `"${raw}" is geen ISO 3166-1 alpha-2-landcode (UK is alleen gereserveerd); het Verenigd Koninkrijk is GB, waarvoor een adequaatheidsbesluit geldt.`,
          })
        : ctx.t({
            en: `"${raw}" is not an ISO 3166-1 alpha-2 country code${guess ? `; did you mean ${guess} (${countryName(guess, 'en')})?` : ' (two capital letters, e.g. US).'}`,
            nl: `"${raw}" is geen ISO 3166-1 alpha-2-landcode${guess ? `; bedoelde u ${guess} (${countryName(guess, 'nl')})?` : ' (twee hoofdletters, bijv. US).'}`,
          });
      ctx.report({
        range,
        block: t.id ?? null,
        message,
        fixes: guess ? [{ title: ctx.t({ en: `Change to ${guess}`, nl: `Wijzig in ${guess}` }), preferred: true, edits: [{ range, newText: guess }] }] : [],
      });
    }
  },
});
