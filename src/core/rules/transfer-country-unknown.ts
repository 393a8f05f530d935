import { locate } from '../model/document';
import { transfersOf } from '../model/transfers';
import type { Rule } from './types';
import { countryName, guessCountry, isCountryCode } from '../model/country-names';

/** `country` must be an ISO 3166-1 alpha-2 code. */
export const transferCountryUnknown: Rule = {
  code: 'transfer.country-unknown',
  severity: 'error',
  description: {
    en: 'The `country` of a transfer is not an ISO 3166-1 alpha-2 country code.',
    nl: 'Het `country` van een doorgifte is geen ISO 3166-1 alpha-2-landcode.',
  },
  run(ctx) {
    for (const t of transfersOf(ctx.doc)) {
      const raw = t.block.value?.country;
      if (typeof raw !== 'string' || (/^[A-Z]{2}$/.test(raw) && isCountryCode(raw))) continue;
      const guess = guessCountry(raw);
      const range = locate(t.block, '/country');
      ctx.report({
        code: 'transfer.country-unknown',
        range,
        block: t.id ?? null,
        message: ctx.t({
          en: `"${raw}" is not an ISO 3166-1 alpha-2 country code${guess ? `; did you mean ${guess} (${countryName(guess, 'en')})?` : ' (two capital letters, e.g. US).'}`,
          nl: `"${raw}" is geen ISO 3166-1 alpha-2-landcode${guess ? `; bedoelde u ${guess} (${countryName(guess, 'nl')})?` : ' (twee hoofdletters, bijv. US).'}`,
        }),
        fixes: guess ? [{ title: ctx.t({ en: `Change to ${guess}`, nl: `Wijzig in ${guess}` }), preferred: true, edits: [{ range, newText: guess }] }] : [],
      });
    }
  },
};
