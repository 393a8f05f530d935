import type { Lang } from './lang';

/** A noun's singular and plural in one language. */
export type Forms = readonly [one: string, other: string];

/**
 * A count with its noun in the right number: "1 mitigation", "2 mitigations", "0 maatregelen".
 * English and Dutch both use the singular for exactly one and the plural otherwise (zero included).
 */
export function plural(n: number, forms: { en: Forms; nl: Forms }, lang: Lang): string {
  const [one, other] = forms[lang];
  return `${n} ${n === 1 ? one : other}`;
}

/** A count with the singular or plural given, for a text already in one language: count(1, 'risk', 'risks'). */
export function count(n: number, one: string, other: string): string {
  return `${n} ${n === 1 ? one : other}`;
}
