import type { Lang } from './lang';

const LOCALE: Record<Lang, string> = { en: 'en-GB', nl: 'nl-NL' };

// Global on purpose: one number format per language and precision (at most a handful), immutable.
const formats = new Map<string, Intl.NumberFormat>();

/** A number with `digits` decimals in the language's notation: 2.48 in English, 2,48 in Dutch. */
export function formatNumber(n: number, lang: Lang, digits: number): string {
  const key = `${lang}:${digits}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })));
  return f.format(n);
}

/**
 * A probability as a percentage for people, in the language's notation: "2.48%" / "2,48%",
 * "0.0012%" / "0,0012%", "< 0.0001%" / "< 0,0001%" (same digits as model/transfer.ts `percent`).
 */
export function formatPercent(p: number, lang: Lang): string {
  if (p === 0) return '0%';
  if (p < 1e-6) return `< ${formatNumber(0.0001, lang, 4)}%`;
  const pct = p * 100;
  const digits = pct >= 10 ? 1 : pct >= 1 ? 2 : Math.min(4, 1 - Math.floor(Math.log10(pct)));
  return `${formatNumber(pct, lang, digits)}%`;
}
