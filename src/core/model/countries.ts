// Country codes and their English and Dutch names (i18n-iso-countries). Loaded on first use through
// model/country-names.ts: only documents with transfers need it (the extension keeps it in a file apart).
// The plain entry point: the package's main one registers all 80 locales (700 KB) at load time.
import countries from 'i18n-iso-countries/index';
import en from 'i18n-iso-countries/langs/en.json';
import nl from 'i18n-iso-countries/langs/nl.json';

countries.registerLocale(en);
countries.registerLocale(nl);
const names = () => countries;

/** The alpha-2 code of a country name or code in English or Dutch ("USA", "Verenigde Staten"), if any. */
export function guessCountry(raw: string): string | undefined {
  const t = raw.trim();
  if (names().isValid(t.toUpperCase())) return names().toAlpha2(t.toUpperCase());
  return names().getAlpha2Code(t, 'en') ?? names().getAlpha2Code(t, 'nl') ?? undefined;
}

export function countryName(code: string, lang: 'en' | 'nl'): string | undefined {
  return names().getName(code, lang) ?? undefined;
}

/** Whether a code is an ISO 3166-1 country code. */
export function isCountryCode(code: string): boolean {
  return names().isValid(code);
}
