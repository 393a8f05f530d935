export type Lang = 'en' | 'nl';

/** A text in English and Dutch. */
export interface Localized {
  en: string;
  nl?: string;
}

export function pick(text: Localized | string | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'nl' ? text.nl : undefined) ?? text.en;
}

export function toLang(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.toLowerCase();
  if (v.startsWith('nl')) return 'nl';
  if (v.startsWith('en')) return 'en';
  return undefined;
}
