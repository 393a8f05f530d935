// `npm run bench [-- --quick] [-- --json]`: measures the language service, the CLI, PDF rendering and the
// extension bundle against the naive approaches, in the same run. Not a test: numbers depend on the machine.
import { cpus, totalmem, tmpdir, platform, release, arch } from 'node:os';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateDpia, SIZES } from './generate';
import { coreScenarios } from './core-scenarios';
import { bundleRequireScenario, chromiumScenario, cliScenario, corpus, pdfScenarios, registerOf } from './process-scenarios';
import type { Budget, Result } from './measure';
import { adversarialScenario } from './adversarial-scenario';
import { serverActivationScenario, serverKeystrokeScenario } from './server-scenarios';
import { registerScenarios } from './register-scenario';
import { exportScenarios } from './export-scenario';

const args = new Set(process.argv.slice(2));
if (args.has('--help') || args.has('-h')) {
  console.log('Usage: npm run bench [-- --quick] [-- --json] [-- --server]\n  --quick  fewer runs (under two minutes)\n  --json   print one JSON object instead of a table\n  --server only the language server scenarios and the in-process ones they are compared with\n  --register only the register scenario and its floor\n  --register-docs N  documents in the register scenario (default 10000, the issue\'s size, 200 MB; 1000 with --quick)\n  --export only the whole-document export scenarios (PDF, DOCX, HTML of ~150 pages; Chromium when installed)');
  process.exit(0);
}
const quick = args.has('--quick');
const json = args.has('--json');
const log = (s: string) => process.stderr.write(s + '\n');

const B = (warmup: number, minRuns: number, minMs: number, maxRuns = 10_000): Budget => ({ warmup, minRuns, minMs, maxRuns });
const fast = quick ? B(5, 20, 500) : B(20, 50, 2000);
const slow = quick ? B(1, 3, 0, 3) : B(2, 10, 5000, 20);
const child = quick ? B(1, 5, 0, 5) : B(2, 20, 0, 20);
const cli = quick ? B(0, 1, 0, 1) : B(1, 5, 0, 5);

// The register's target is a ratio to a floor measured in the same run, not a time: reading alone is no
// bound a YAML register can approach (js-yaml's parse of the blocks is ~10× the read), so the target is
// against read + js-yaml parse (one thread); the register adds locations, validation, every rule and the
// rows, over the default worker threads (see the README's register section).
const REGISTER_OVER_PARSE_FLOOR = 3;
const TARGETS: Record<string, number> = { 'incremental-block-1mb': 3, 'incremental-prose-1mb': 3, 'cold-1mb': 60, 'cli-1000-docs': 3000, 'pdf-200-warm': 250, 'bundle-require': 25, 'adversarial-slowest': 2000, 'server-keystroke-1mb': 50, 'export-pdf-150p': 4000, 'export-docx-150p': 15000 };

async function main(): Promise<void> {
  const dir = join(tmpdir(), 'dpia-bench');
  mkdirSync(dir, { recursive: true });
  const results: Result[] = [];
  const notes: string[] = [];
  const docs: Record<string, string> = {};
  // --register-docs N: the size of the register scenario (default the 10,000 documents of ~20 KB; 1,000 with --quick).
  const registerArg = process.argv.indexOf('--register-docs');
  const registerDocs = registerArg > 0 ? Number(process.argv[registerArg + 1]) : quick ? 1000 : 10000;
  if (!Number.isInteger(registerDocs) || registerDocs < 1) throw new Error('--register-docs needs a whole number of documents');
  // --register: only the register scenario and its floor.
  const registerOnly = args.has('--register');
  // --export: only the whole-document export scenarios.
  const exportOnly = args.has('--export');
  // --server: only the language server and what it is compared with (the in-process service, the bundle require).
  const serverOnly = args.has('--server');
  for (const size of (registerOnly || exportOnly ? [] : serverOnly ? ['100kb', '1mb'] : Object.keys(SIZES)) as (keyof typeof SIZES)[]) {
    log(`generating and measuring the ${size} document ...`);
    docs[size] = generateDpia(SIZES[size]);
    // remark takes about 20 s per run on 5 MB: five runs are enough there.
    const slowHere = size === '5mb' ? B(1, 5, 0, 5) : slow;
    results.push(...coreScenarios(size, docs[size], dir, { fast: size === '5mb' ? slow : fast, slow: slowHere, skipNaive: serverOnly || (quick && size === '5mb') }));
  }
  if (!serverOnly && !registerOnly) {
    log('measuring the whole-document export (about 150 pages) ...');
    const ex = await exportScenarios(quick ? B(1, 3, 0, 3) : B(1, 5, 0, 5), log);
    results.push(...ex.results);
    notes.push(...ex.notes);
  }
  if (!serverOnly && !registerOnly && !exportOnly) {
    log('measuring the CLI over 1,000 documents ...');
    results.push(cliScenario(corpus(dir, 1000, log), 1000, cli));
    log('measuring PDF rendering ...');
    results.push(...(await pdfScenarios(join(dir, 'bench-1mb.dpia.md'), registerOf(docs['1mb']), quick ? B(2, 5, 0, 5) : B(3, 20, 3000, 50), child)));
    log('measuring the adversarial corpus (2 s per input) ...');
    results.push(adversarialScenario(process.cwd(), quick ? B(0, 1, 0, 1) : B(1, 3, 0, 3), log).result);
  }
  if (!registerOnly && !exportOnly) {
    log('measuring the language server (keystroke to diagnostics, activation) ...');
    for (const size of ['100kb', '1mb'] as const) results.push(await serverKeystrokeScenario(size, join(dir, `bench-${size}.dpia.md`), docs[size], fast));
    results.push(await serverActivationScenario(join(dir, 'bench-100kb.dpia.md'), docs['100kb'], child));
    log('measuring the extension bundle require ...');
    results.push(bundleRequireScenario(child));
    log('measuring Chromium (when installed) ...');
    const chromium = serverOnly ? 'Chromium: not measured (--server)' : await chromiumScenario(registerOf(docs['1mb']), quick ? B(1, 5, 0, 5) : B(2, 15, 3000, 30));
    if (typeof chromium === 'string') notes.push(chromium);
    else results.push(chromium);
  }
  if (!serverOnly && !exportOnly) {
    log(`measuring dpia register over ${registerDocs} documents ...`);
    results.push(...registerScenarios(dir, registerDocs, quick ? B(0, 1, 0, 1) : B(1, 3, 0, 3), log));
  }

  const get = (name: string) => results.find((r) => r.scenario === name)?.median_ms;
  const ratio = (a: string, b: string) => {
    const x = get(a);
    const y = get(b);
    return x !== undefined && y ? Math.round((x / y) * 10) / 10 : null;
  };
  // The work done, whatever the threads: CPU time of all the child's threads over the floor's.
  const cpuRatio = (a: string, b: string) => {
    const x = results.find((r) => r.scenario === a)?.cpu_ms;
    const y = results.find((r) => r.scenario === b)?.cpu_ms;
    return x !== undefined && y ? Math.round((x / y) * 10) / 10 : null;
  };
  const ratios = {
    naive_over_incremental: ratio('naive-remark-1mb', 'incremental-block-1mb'),
    cold_over_floor: ratio('cold-1mb', 'floor-1mb'),
    chromium_over_pdf: ratio('chromium-pdf-200', 'pdf-200-warm'),
    server_over_inprocess_keystroke_1mb: ratio('server-keystroke-1mb', 'incremental-block-1mb'),
    server_activation_over_bundle_require: ratio('server-activation', 'bundle-require'),
    register_over_floor: ratio(`register-${registerDocs}-docs`, `register-floor-${registerDocs}-docs`),
    register_j1_over_floor: ratio(`register-${registerDocs}-docs-j1`, `register-floor-${registerDocs}-docs`),
    register_over_parse_floor: ratio(`register-${registerDocs}-docs`, `register-parse-floor-${registerDocs}-docs`),
    register_j1_over_parse_floor: ratio(`register-${registerDocs}-docs-j1`, `register-parse-floor-${registerDocs}-docs`),
    parse_floor_over_floor: ratio(`register-parse-floor-${registerDocs}-docs`, `register-floor-${registerDocs}-docs`),
    register_cpu_over_parse_floor_cpu: cpuRatio(`register-${registerDocs}-docs`, `register-parse-floor-${registerDocs}-docs`),
    register_j1_cpu_over_parse_floor_cpu: cpuRatio(`register-${registerDocs}-docs-j1`, `register-parse-floor-${registerDocs}-docs`),
    chromium_over_export_pdf: ratio('chromium-export-150p', 'export-pdf-150p'),
  };
  const cpu = cpus();
  const machine = { cpu: cpu[0]?.model.trim(), cores: cpu.length, memory_gb: Math.round(totalmem() / 2 ** 30), os: `${platform()} ${release()} ${arch()}`, node: process.version, quick };
  if (json) {
    console.log(JSON.stringify({ machine, results: results.map(({ scenario, median_ms, p95_ms, runs, cpu_ms, max_rss_mb }) => ({ scenario, median_ms, p95_ms, runs, cpu_ms, max_rss_mb })), ratios, notes }, null, 2));
    return;
  }
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory_gb} GB, ${machine.os}, Node ${machine.node}${quick ? ' (quick run)' : ''}\n`);
  console.log(`${'scenario'.padEnd(24)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(10)} ${'runs'.padStart(6)} ${'target'.padStart(8)}  what`);
  for (const r of results) {
    const t = TARGETS[r.scenario];
    const mark = t === undefined ? '' : r.median_ms <= t ? `≤${t} ok` : `≤${t} MISS`;
    console.log(`${r.scenario.padEnd(24)} ${r.median_ms.toFixed(2).padStart(10)} ${r.p95_ms.toFixed(2).padStart(10)} ${String(r.runs).padStart(6)} ${mark.padStart(8)}  ${r.what}`);
  }
  console.log('\nRatios (medians, same run):');
  console.log(`  naive remark / incremental (1 MB): ${ratios.naive_over_incremental ?? 'n/a'}×`);
  console.log(`  cold check / floor (1 MB):         ${ratios.cold_over_floor ?? 'n/a'}×`);
  console.log(`  Chromium / pdfmake (200 risks):    ${ratios.chromium_over_pdf ?? 'n/a'}×`);
  console.log(`  server / in-process keystroke (1 MB): ${ratios.server_over_inprocess_keystroke_1mb ?? 'n/a'}×`);
  console.log(`  server activation / bundle require: ${ratios.server_activation_over_bundle_require ?? 'n/a'}×`);
  console.log(`  register / read floor (${registerDocs} docs):  ${ratios.register_over_floor ?? 'n/a'}× (-j 1: ${ratios.register_j1_over_floor ?? 'n/a'}×)`);
  const r = ratios.register_over_parse_floor;
  const mark = r === null ? '' : r <= REGISTER_OVER_PARSE_FLOOR ? ` ≤${REGISTER_OVER_PARSE_FLOOR} ok` : ` ≤${REGISTER_OVER_PARSE_FLOOR} MISS`;
  console.log(`  register / parse floor (${registerDocs} docs): ${r ?? 'n/a'}×${mark} (-j 1: ${ratios.register_j1_over_parse_floor ?? 'n/a'}×; parse floor / read floor ${ratios.parse_floor_over_floor ?? 'n/a'}×)`);
  console.log(`  register CPU / parse floor CPU (${registerDocs} docs): ${ratios.register_cpu_over_parse_floor_cpu ?? 'n/a'}× (-j 1: ${ratios.register_j1_cpu_over_parse_floor_cpu ?? 'n/a'}×)`);
  console.log(`  Chromium / dpia export PDF (150 p): ${ratios.chromium_over_export_pdf ?? 'n/a'}×`);
  for (const n of notes) console.log(`\n${n}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
