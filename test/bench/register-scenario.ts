// `register-N-docs`: `dpia register` over N generated documents of ~20 KB (with the default worker
// threads, and `-j 1`), against two floors measured the same way in the same run: reading the files,
// and reading them plus parsing their YAML with js-yaml; each with its peak memory (max_rss).
// Default N = 1,000 (20 MB) on a shared machine; `npm run bench -- --register-docs 10000` for the
// issue's full size (200 MB).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { generateDpia } from './generate';
import { summarise, type Budget, type Result } from './measure';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');

const doc = (i: number) => generateDpia({ risks: 4, bytes: 20_000, seed: 5000 + i });

/**
 * N documents of about 20 KB (4 risks each), written once per generator output and reused: the folder
 * is named by a digest of the first document, so a changed generator never measures a stale corpus.
 */
export function registerCorpus(dir: string, count: number, log: (s: string) => void): string {
  const version = createHash('sha256').update(doc(0)).digest('hex').slice(0, 12);
  const folder = join(dir, `register-corpus-${count}-${version}`);
  const done = join(folder, '.complete');
  if (existsSync(done)) return folder;
  mkdirSync(folder, { recursive: true });
  log(`writing ${count} documents of ~20 KB to ${folder} ...`);
  for (let i = 0; i < count; i++) writeFileSync(join(folder, `doc-${String(i).padStart(5, '0')}.dpia.md`), doc(i));
  writeFileSync(done, '');
  return folder;
}

// Each child prints {"ms": ..., "cpu": ..., "rss": ...}: time from after start-up to done, CPU time of all
// its threads over that time, and its peak memory (max_rss, the process's: worker threads included).
const REPORT = `console.log(JSON.stringify({ ms: performance.now() - t0, cpu: ((u) => (u.user + u.system) / 1000)(process.cpuUsage(c0)), rss: process.resourceUsage().maxRSS * 1024, n }))`;
const FLOOR = `
  const { readdirSync, readFileSync } = require('fs'); const { join } = require('path');
  const t0 = performance.now(), c0 = process.cpuUsage(); let n = 0;
  for (const f of readdirSync(process.argv[1])) if (f.endsWith('.md')) n += readFileSync(join(process.argv[1], f), 'utf8').length;
  ${REPORT};`;
// The least any register of these documents must do besides reading: parse the front matter and every
// block's YAML with js-yaml's load (no locations, no validation, no rules), one file at a time in one thread.
const PARSE_FLOOR = `
  const { readdirSync, readFileSync } = require('fs'); const { join } = require('path');
  const { load, CORE_SCHEMA } = require(${JSON.stringify(resolve(process.cwd(), 'node_modules', 'js-yaml'))});
  const FENCE = /^\`\`\`(?:risk|measure|transfer|data|processing|purpose|prescan)[^\\n]*\\n([\\s\\S]*?)^\`\`\`[ \\t]*$/gm;
  const t0 = performance.now(), c0 = process.cpuUsage(); let n = 0;
  for (const f of readdirSync(process.argv[1])) {
    if (!f.endsWith('.md')) continue;
    const text = readFileSync(join(process.argv[1], f), 'utf8');
    const fm = /^---\\n([\\s\\S]*?)\\n---$/m.exec(text);
    if (fm) load(fm[1], { schema: CORE_SCHEMA });
    for (const m of text.matchAll(FENCE)) { load(m[1], { schema: CORE_SCHEMA }); n++; }
  }
  ${REPORT};`;
const register = (jobs: string[]) => `
  const { run } = require(${JSON.stringify(CLI)});
  const t0 = performance.now(), c0 = process.cpuUsage(); let n = 0;
  Promise.resolve(run(['register', '--format', 'json', '--today', '2026-11-23', ...${JSON.stringify(jobs)}, process.argv[1]], { cwd: process.argv[1], out: (s) => (n += s.length), err: () => {}, isTty: false, env: {} }))
    .then((code) => { if (code !== 0) throw new Error('exit ' + code); ${REPORT}; });`;

function runs(scenario: string, what: string, script: string, folder: string, b: Budget): Result {
  const times: number[] = [];
  const cpu: number[] = [];
  let rss = 0;
  let n = 0;
  const total = b.warmup + Math.max(b.minRuns, 1);
  for (let i = 0; i < total; i++) {
    const r = spawnSync(process.execPath, ['-e', script, folder], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${scenario}: child failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
    const got = JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; cpu: number; rss: number; n: number };
    if (i < b.warmup) continue;
    times.push(got.ms);
    cpu.push(got.cpu);
    rss = Math.max(rss, got.rss);
    n = got.n;
  }
  const cpuMs = Math.round(summarise('', '', cpu).median_ms);
  const mb = Math.round(rss / 2 ** 20);
  return { ...summarise(scenario, `${what} [${n}]; cpu ${cpuMs} ms; max_rss ${mb} MB`, times), cpu_ms: cpuMs, max_rss_mb: mb };
}

/** The register in one thread and with the default worker threads, against two floors measured in the same run. */
export function registerScenarios(dir: string, count: number, b: Budget, log: (s: string) => void): Result[] {
  const folder = registerCorpus(dir, count, log);
  const jobs = Math.min(8, availableParallelism());
  return [
    runs(`register-floor-${count}-docs`, `fresh process: read the ${count} files (~20 KB each)`, FLOOR, folder, b),
    runs(`register-parse-floor-${count}-docs`, `fresh process: read them and parse front matter and blocks with js-yaml load (one thread)`, PARSE_FLOOR, folder, b),
    runs(`register-${count}-docs-j1`, `fresh process: dpia register --format json -j 1 (one document at a time, main thread)`, register(['-j', '1']), folder, b),
    runs(`register-${count}-docs`, `fresh process: dpia register --format json, default jobs (${jobs} worker threads)`, register([]), folder, b),
  ];
}
