// `npm run fuzz [-- --runs N] [-- --seed S]`: the property tests with many cases (default 100,000 per
// property) and a random seed (printed by fast-check on failure, so a failure can be replayed).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } });
if (!/^\d+$/.test(values.runs)) throw new Error('--runs must be a whole number');
const build = spawnSync(process.execPath, ['esbuild.config.mjs', '--tests'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const env = { ...process.env, DPIA_FUZZ_RUNS: values.runs, ...(values.seed ? { DPIA_FUZZ_SEED: values.seed } : {}) };
console.log(`fuzzing with ${values.runs} cases per property${values.seed ? `, seed ${values.seed}` : ', random seed'} ...`);
const r = spawnSync(process.execPath, [join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '--reporter', 'spec', '--timeout', '0', 'out/test/unit/property/*.test.js'], { cwd: root, env, stdio: 'inherit' });
process.exit(r.status ?? 1);
