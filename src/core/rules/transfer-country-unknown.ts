// The plain entry point: the package's main one registers all 80 locales (700 KB) at load time.
import countries from 'i18n-iso-countries/index';
import en from 'i18n-iso-countries/langs/en.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import { locate } from '../model/document';
import { transfersOf } from '../model/transfers';
import type { Rule } from './types';

let registered = false;

/** The country names are registered on first use (only documents with transfers need them). */
function names(): typeof countries {
  if (!registered) {
    countries.registerLocale(en);
    countries.registerLocale(nl);
    registered = true;
  }
  return countries;
}

/** The alpha-2 code of a country name or code in English or Dutch ("USA", "Verenigde Staten"), if any. */
export function guessCountry(raw: string): string | undefined {
  const t = raw.trim();
  if (names().isValid(t.toUpperCase())) return names().toAlpha2(t.toUpperCase());
  return names().getAlpha2Code(t, 'en') ?? names().getAlpha2Code(t, 'nl') ?? undefined;
}

export function countryName(code: string, lang: 'en' | 'nl'): string | undefined {
  return names().getName(code, lang) ?? undefined;
}

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
      if (typeof raw !== 'string' || (/^[A-Z]{2}$/.test(raw) && names().isValid(raw))) continue;
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
