// `register-N-docs`: `dpia register` over N generated documents of ~20 KB, against the floor (reading
// the same files) measured the same way in the same run, with the register's peak memory (max_rss).
// Default N = 1,000 (20 MB) on a shared machine; `npm run bench -- --register-docs 10000` for the
// issue's full size (200 MB).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateDpia } from './generate';
import { summarise, type Budget, type Result } from './measure';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');

/** N documents of about 20 KB (4 risks each), written once per generator version and reused. */
export function registerCorpus(dir: string, count: number, log: (s: string) => void): string {
  const folder = join(dir, `register-corpus-${count}-v1`);
  const done = join(folder, '.complete');
  if (existsSync(done)) return folder;
  mkdirSync(folder, { recursive: true });
  log(`writing ${count} documents of ~20 KB to ${folder} ...`);
  for (let i = 0; i < count; i++) writeFileSync(join(folder, `doc-${String(i).padStart(5, '0')}.dpia.md`), generateDpia({ risks: 4, bytes: 20_000, seed: 5000 + i }));
  writeFileSync(done, '');
  return folder;
}

// Each child prints {"ms": ..., "rss": ...}: time from after start-up to done, and its peak memory.
const FLOOR = `
  const { readdirSync, readFileSync } = require('fs'); const { join } = require('path');
  const t0 = performance.now(); let n = 0;
  for (const f of readdirSync(process.argv[1])) if (f.endsWith('.md')) n += readFileSync(join(process.argv[1], f), 'utf8').length;
  console.log(JSON.stringify({ ms: performance.now() - t0, rss: process.resourceUsage().maxRSS * 1024, n }));`;
const REGISTER = `
  const { run } = require(${JSON.stringify(CLI)});
  const t0 = performance.now(); let bytes = 0;
  const code = run(['register', '--format', 'json', '--today', '2026-11-23', process.argv[1]], { cwd: process.argv[1], out: (s) => (bytes += s.length), err: () => {}, isTty: false, env: {} });
  console.log(JSON.stringify({ ms: performance.now() - t0, rss: process.resourceUsage().maxRSS * 1024, code, bytes }));`;

function runs(scenario: string, what: string, script: string, folder: string, b: Budget): Result {
  const times: number[] = [];
  let rss = 0;
  const total = b.warmup + Math.max(b.minRuns, 1);
  for (let i = 0; i < total; i++) {
    const r = spawnSync(process.execPath, ['-e', script, folder], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${scenario}: child failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
    const got = JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; rss: number };
    if (i < b.warmup) continue;
    times.push(got.ms);
    rss = Math.max(rss, got.rss);
  }
  return summarise(scenario, `${what}; max_rss ${Math.round(rss / 2 ** 20)} MB`, times);
}

export function registerScenarios(dir: string, count: number, b: Budget, log: (s: string) => void): Result[] {
  const folder = registerCorpus(dir, count, log);
  return [
    runs(`register-floor-${count}-docs`, `fresh process: read the ${count} files (~20 KB each)`, FLOOR, folder, b),
    runs(`register-${count}-docs`, `fresh process: dpia register --format json over the ${count} files (one document at a time)`, REGISTER, folder, b),
  ];
}
