// Country codes and their English and Dutch names (i18n-iso-countries). Loaded on first use through
// model/country-names.ts: only documents with transfers need it (the extension keeps it in a file apart).
// The plain entry point: the package's main one registers all 80 locales (700 KB) at load time.
import countries from 'i18n-iso-countries/index';
import en from 'i18n-iso-countries/langs/en.json';
import nl from 'i18n-iso-countries/langs/nl.json';

countries.registerLocale(en);
countries.registerLocale(nl);

/** The alpha-2 code of a country name or code in English or Dutch ("USA", "Verenigde Staten"), if any. */
export function guessCountry(raw: string): string | undefined {
  const t = raw.trim();
  if (countries.isValid(t.toUpperCase())) return countries.toAlpha2(t.toUpperCase());
  return countries.getAlpha2Code(t, 'en') ?? countries.getAlpha2Code(t, 'nl') ?? undefined;
}

export function countryName(code: string, lang: 'en' | 'nl'): string | undefined {
  return countries.getName(code, lang) ?? undefined;
}

/** Whether a code is an ISO 3166-1 country code. */
export function isCountryCode(code: string): boolean {
  return countries.isValid(code);
}

/**
 * The short name used in running text: "United States" (not "United States of America"), "Nederland"
 * (not "Koninkrijk der Nederlanden"), "China"; without article (see i18n/country-article.ts).
 */
export function shortCountryName(code: string, lang: 'en' | 'nl'): string | undefined {
  const all = (countries.getName(code, lang, { select: 'all' }) as unknown as string[] | undefined) ?? [];
  const plain = all.filter((n) => !/^[A-Z.]+$/.test(n) && !/[,(]/.test(n));
  if (!plain.length) return countryName(code, lang);
  if (lang === 'nl') return plain[plain.length - 1];
  return plain.find((n) => !/ of /.test(n)) ?? plain[0];
}
