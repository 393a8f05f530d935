// Timing helpers for the benchmark: warm-up, then repeated runs; median and p95 in milliseconds.
import { spawnSync } from 'node:child_process';

export interface Result {
  scenario: string;
  median_ms: number;
  p95_ms: number;
  runs: number;
  /** What the scenario measures, for the table. */
  what: string;
  /** Median CPU time of all the child's threads (register scenarios). */
  cpu_ms?: number;
  /** Peak resident memory of the child, worker threads included (register scenarios). */
  max_rss_mb?: number;
}

export interface Budget {
  /** Runs before timing starts (JIT warm-up, caches). */
  warmup: number;
  /** At least this many timed runs... */
  minRuns: number;
  /** ...and keep going until this much time has been spent (or maxRuns is reached). */
  minMs: number;
  maxRuns: number;
}

export function summarise(scenario: string, what: string, times: number[]): Result {
  const s = [...times].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { scenario, what, median_ms: round(q(0.5)), p95_ms: round(q(0.95)), runs: s.length };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function keepGoing(times: number[], spent: number, b: Budget): boolean {
  return times.length < b.minRuns || (spent < b.minMs && times.length < b.maxRuns);
}

/** Times a synchronous function. */
export function measure(scenario: string, what: string, fn: (i: number) => void, b: Budget): Result {
  for (let i = 0; i < b.warmup; i++) fn(-1 - i);
  const times: number[] = [];
  const start = performance.now();
  while (keepGoing(times, performance.now() - start, b)) {
    const t0 = performance.now();
    fn(times.length);
    times.push(performance.now() - t0);
  }
  return summarise(scenario, what, times);
}

/** Times an asynchronous function. */
export async function measureAsync(scenario: string, what: string, fn: (i: number) => Promise<unknown>, b: Budget): Promise<Result> {
  for (let i = 0; i < b.warmup; i++) await fn(-1 - i);
  const times: number[] = [];
  const start = performance.now();
  while (keepGoing(times, performance.now() - start, b)) {
    const t0 = performance.now();
    await fn(times.length);
    times.push(performance.now() - t0);
  }
  return summarise(scenario, what, times);
}

/**
 * Runs a Node script in fresh processes; the script prints the milliseconds it measured itself
 * (so process start-up is not counted unless the script wants it to be).
 */
export function measureChild(scenario: string, what: string, script: string, args: string[], b: Budget): Result {
  const one = () => {
    const r = spawnSync(process.execPath, ['-e', script, ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${scenario}: child failed (${r.status}): ${r.stderr}`);
    return Number(r.stdout.trim().split('\n').pop());
  };
  for (let i = 0; i < b.warmup; i++) one();
  const times: number[] = [];
  const start = performance.now();
  while (keepGoing(times, performance.now() - start, b)) times.push(one());
  return summarise(scenario, what, times);
}

/** Times a whole command (wall clock, process start-up included). */
export function measureCommand(scenario: string, what: string, argv: string[], b: Budget, okCodes = [0]): Result {
  const one = () => {
    const t0 = performance.now();
    const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = performance.now() - t0;
    if (!okCodes.includes(r.status ?? -1)) throw new Error(`${scenario}: exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
    return ms;
  };
  for (let i = 0; i < b.warmup; i++) one();
  const times: number[] = [];
  const start = performance.now();
  while (keepGoing(times, performance.now() - start, b)) times.push(one());
  return summarise(scenario, what, times);
}
