import { withArticle, withArticleCapital } from '../i18n/country-article';
/** Country codes and names, from a module loaded on first use (see countries.ts). */
let loaded: typeof import('./countries') | undefined;
const countries = () => (loaded ??= require('./countries') as typeof import('./countries'));

/** The alpha-2 code of a country name or code in English or Dutch ("USA", "Verenigde Staten"), if any. */
export const guessCountry = (raw: string): string | undefined => countries().guessCountry(raw);

export const countryName = (code: string, lang: 'en' | 'nl'): string | undefined => countries().countryName(code, lang);

export const isCountryCode = (code: string): boolean => countries().isCountryCode(code);

/** The short name for running text ("United States", "Verenigde Staten"); see countries.ts. */
export const shortCountryName = (code: string, lang: 'en' | 'nl'): string | undefined => countries().shortCountryName(code, lang);

/** A country as it reads inside a sentence, article included: "the United States", "de Verenigde Staten", "India"; the code when unknown. */
export function countryPhrase(code: string, lang: 'en' | 'nl', capital = false): string {
  const name = shortCountryName(code, lang);
  if (!name) return code;
  return capital ? withArticleCapital(name, lang) : withArticle(name, lang);
}
