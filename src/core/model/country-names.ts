/** Country codes and names, from a module loaded on first use (see countries.ts). */
let loaded: typeof import('./countries') | undefined;
const countries = () => (loaded ??= require('./countries') as typeof import('./countries'));

/** The alpha-2 code of a country name or code in English or Dutch ("USA", "Verenigde Staten"), if any. */
export const guessCountry = (raw: string): string | undefined => countries().guessCountry(raw);

export const countryName = (code: string, lang: 'en' | 'nl'): string | undefined => countries().countryName(code, lang);

export const isCountryCode = (code: string): boolean => countries().isCountryCode(code);
