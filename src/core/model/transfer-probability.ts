export interface Factor {
  name: string;
  probability: number;
}

/** One scenario of a multi-scenario assessment: its own chain of factors. */
export interface ScenarioResult {
  name: string;
  annual: number;
  /** This scenario's probability over the period, p_s = 1 − (1 − annual_s)^years. */
  period: number;
}

export interface ProbabilityResult {
  /** Annual probability of lawful access (0..1). */
  annual: number;
  years: number;
  /** Probability over the whole period: 1 − (1 − annual)^years. */
  period: number;
  /** Where the annual figure comes from. */
  source: 'factors' | 'annual-probability' | 'scenarios';
  /** With `scenarios`: each one's figures; the period probability is 1 − Π(1 − p_s). */
  scenarios?: ScenarioResult[];
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

const obj = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/** The factors of a chain as numbers; undefined when one is missing or outside 0..1. */
function readFactors(raw: unknown): Factor[] | undefined {
  if (!Array.isArray(raw) || !raw.length) return undefined;
  const fs = raw.map((f) => ({ name: String(obj(f)?.name ?? ''), probability: num(obj(f)?.probability) }));
  if (fs.some((f) => f.probability === undefined || f.probability < 0 || f.probability > 1)) return undefined;
  return fs as Factor[];
}

/**
 * Several independent scenarios over `years`: p_s = 1 − (1 − a_s)^years for each, combined as
 * 1 − Π(1 − p_s), which equals 1 − (1 − annual)^years with annual = 1 − Π(1 − a_s). Summed in
 * log space (log1p/expm1) so tiny probabilities keep their precision.
 */
export function combineScenarios(scenarios: readonly { name: string; factors: readonly Factor[] }[], years: number): ProbabilityResult {
  const results = scenarios.map((s) => {
    const annual = annualFromFactors(s.factors);
    return { name: s.name, annual, period: probabilityOverPeriod(annual, years) };
  });
  if (results.some((r) => r.annual >= 1)) return { annual: 1, years, period: years > 0 ? 1 : 0, source: 'scenarios', scenarios: results };
  const logNone = results.reduce((sum, r) => sum + Math.log1p(-r.annual), 0);
  return { annual: -Math.expm1(logNone), years, period: -Math.expm1(years * logNone), source: 'scenarios', scenarios: results };
}

/** Reads an `assessment` mapping; undefined when it does not hold enough numbers to compute. */
export function computeAssessment(a: Record<string, unknown> | undefined): ProbabilityResult | undefined {
  if (!a) return undefined;
  const years = num(a.years);
  if (years === undefined || years < 0) return undefined;
  if (Array.isArray(a.scenarios) && a.scenarios.length) {
    const scenarios = a.scenarios.map((s) => ({ name: String(obj(s)?.name ?? ''), factors: readFactors(obj(s)?.factors) }));
    if (scenarios.some((s) => !s.factors)) return undefined;
    return combineScenarios(scenarios as { name: string; factors: Factor[] }[], years);
  }
  if (Array.isArray(a.factors) && a.factors.length) {
    const fs = readFactors(a.factors);
    if (!fs) return undefined;
    const annual = annualFromFactors(fs);
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

