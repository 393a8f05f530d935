import { load } from 'js-yaml';
import adequacyText from '../data/adequacy.yaml';

/** How a destination stands under GDPR Chapter V. */
export type DestinationStatus = 'eea' | 'adequate' | 'dpf' | 'none';

const data = load(adequacyText) as { eea: string[]; adequate: Record<string, string>; dpf: Record<string, string> };

export function destinationStatus(country: string): DestinationStatus {
  const c = country.toUpperCase();
  if (data.eea.includes(c)) return 'eea';
  if (c in data.adequate) return 'adequate';
  if (c in data.dpf) return 'dpf';
  return 'none';
}

export function adequacyNote(country: string): string | undefined {
  const c = country.toUpperCase();
  return data.adequate[c] ?? data.dpf[c];
}

/** Whether a transfer to `country` with `tool` needs a transfer impact assessment (no adequacy covers it). */
export function needsAssessment(country: string, tool: string | undefined): boolean {
  const s = destinationStatus(country);
  if (s === 'eea' || s === 'adequate') return false;
  if (s === 'dpf' && tool === 'dpf') return false;
  return true;
}

export interface Factor {
  name: string;
  probability: number;
}

export interface ProbabilityResult {
  /** Annual probability of lawful access (0..1). */
  annual: number;
  years: number;
  /** Probability over the whole period: 1 − (1 − annual)^years. */
  period: number;
  /** Where the annual figure comes from. */
  source: 'factors' | 'annual-probability';
}

/** 1 − (1 − p)^n, accurate for tiny p and long periods (log1p/expm1). */
export function probabilityOverPeriod(annual: number, years: number): number {
  if (annual <= 0) return 0;
  if (annual >= 1) return years > 0 ? 1 : 0;
  return -Math.expm1(years * Math.log1p(-annual));
}

/** The product of the conditional probabilities: the annual probability of lawful access. */
export function annualFromFactors(factors: readonly Factor[]): number {
  return factors.reduce((p, f) => p * f.probability, 1);
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Reads an `assessment` mapping; undefined when it does not hold enough numbers to compute. */
export function computeAssessment(a: Record<string, unknown> | undefined): ProbabilityResult | undefined {
  if (!a) return undefined;
  const years = num(a.years);
  if (years === undefined || years < 0) return undefined;
  const factors = Array.isArray(a.factors) ? (a.factors as Record<string, unknown>[]) : undefined;
  if (factors?.length) {
    const fs = factors.map((f) => ({ name: String(f?.name ?? ''), probability: num(f?.probability) }));
    if (fs.some((f) => f.probability === undefined || f.probability < 0 || f.probability > 1)) return undefined;
    const annual = annualFromFactors(fs as Factor[]);
    return { annual, years, period: probabilityOverPeriod(annual, years), source: 'factors' };
  }
  const annual = num(a['annual-probability']);
  if (annual === undefined || annual < 0 || annual > 1) return undefined;
  return { annual, years, period: probabilityOverPeriod(annual, years), source: 'annual-probability' };
}

/**
 * A stated probability: a fraction (0.0247) or a percentage string ("2.47%"). Returns the value as
 * a fraction and the number of decimals it was written with (as a fraction).
 */
export function parseStated(v: unknown): { value: number; decimals: number; percent: boolean } | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) {
    const s = String(v);
    const decimals = s.includes('e-') ? Number(s.split('e-')[1]) + (s.split('e')[0].split('.')[1]?.length ?? 0) : (s.split('.')[1]?.length ?? 0);
    return { value: v, decimals, percent: false };
  }
  if (typeof v === 'string') {
    const m = /^\s*(\d+(?:\.(\d+))?)\s*%\s*$/.exec(v);
    if (m) return { value: Number(m[1]) / 100, decimals: (m[2]?.length ?? 0) + 2, percent: true };
  }
  return undefined;
}

/**
 * The documented rounding: a stated figure matches when it equals the computed one rounded to the
 * decimals it was written with (at least two decimals as a fraction, i.e. whole percents).
 */
export function matchesStated(stated: { value: number; decimals: number }, computed: number): boolean {
  const d = Math.max(2, stated.decimals);
  const f = 10 ** d;
  return Math.abs(Math.round(computed * f) / f - stated.value) <= 0.5 / f + Number.EPSILON;
}

/** The computed figure written like the stated one (same form, same decimals, at least 3 significant digits). */
export function formatLike(stated: { decimals: number; percent: boolean } | undefined, computed: number): string {
  const sig = computed > 0 ? Math.max(0, 2 - Math.floor(Math.log10(computed))) : 0;
  const d = Math.min(12, Math.max(stated?.decimals ?? 4, sig));
  if (stated?.percent) return `${(computed * 100).toFixed(Math.max(0, d - 2))}%`;
  return computed.toFixed(d).replace(/0+$/, '').replace(/\.$/, '') || '0';
}

/** A probability as a percentage for people: "2.48%", "0.0012%", "< 0.0001%". */
export function percent(p: number): string {
  if (p === 0) return '0%';
  if (p < 1e-6) return '< 0.0001%';
  const pct = p * 100;
  const digits = pct >= 10 ? 1 : pct >= 1 ? 2 : Math.min(4, 1 - Math.floor(Math.log10(pct)));
  return `${pct.toFixed(digits)}%`;
}
