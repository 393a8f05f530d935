// Runs every test suite and ends with one line "N passed, N failed" (totals over all suites).
//   node test/run-all.mjs          prerequisites, build, typecheck, unit tests, then the integration suites
//   node test/run-all.mjs --unit   unit tests only (with the build and typecheck)
//   node test/run-all.mjs --fast   the in-process unit tests only: no typecheck, no child processes
//   ... [WORD ...]                 only the unit test files whose path contains one of the words
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
process.chdir(root);
const fast = process.argv.includes('--fast');
const words = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const unitOnly = fast || words.length > 0 || process.argv.includes('--unit');
let passed = 0;
let failed = 0;

function finish() {
  const line = `${passed} passed, ${failed} failed`;
  mkdirSync('out', { recursive: true });
  writeFileSync('out/test-totals.txt', line + '\n');
  console.log(`\n${line}`);
  process.exit(failed ? 1 : 0);
}

function step(name, cmd, args) {
  process.stdout.write(`\n== ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${name} failed (exit ${r.status ?? r.signal})`);
    failed++;
    return false;
  }
  return true;
}

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
// What the unit tests need from the system (poppler for the PDF tests), installed before they run.
if (!fast && !step('prerequisites', 'bash', ['test/install-prerequisites.sh'])) finish();
step('build', process.execPath, ['esbuild.config.mjs']);
if (!fast) {
  step('type declarations', process.execPath, [tsc, '-p', 'tsconfig.types.json']);
  // A consumer of the published types, compiled without skipLibCheck (test/api/tsconfig.json).
  step('published types in a consumer', process.execPath, [tsc, '-p', 'test/api/tsconfig.json']);
}
step('build tests', process.execPath, ['esbuild.config.mjs', '--tests']);
if (!fast) step('typecheck', process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit']);

/** Test files that start processes (CLI, poppler, workers) are named *.process.test.ts. */
const isProcessTest = (f) => f.endsWith('.process.test.js');

async function mocha(name, spec, keep) {
  process.stdout.write(`\n== ${name}\n`);
  const { Mocha } = require('mocha');
  const config = JSON.parse(readFileSync('.mocharc.json', 'utf8'));
  const m = new Mocha({ reporter: config.reporter, timeout: config.timeout });
  const { globSync } = require('tinyglobby');
  for (const f of globSync(spec).sort().filter(keep)) m.addFile(join(root, f));
  await m.loadFilesAsync();
  await new Promise((resolve) => {
    const runner = m.run(() => resolve());
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}

const chosen = (f) => (!fast || !isProcessTest(f)) && (!words.length || words.some((w) => f.includes(w)));
await mocha(fast ? 'unit tests (in-process)' : 'unit tests', 'out/test/unit/**/*.test.js', chosen);
if (!fast) {
  // Pictures for people to look at (the example's PDF pages as PNG); not a test, so not counted.
  process.stdout.write('\n== artefacts (not counted)\n');
  spawnSync(process.execPath, ['test/artefacts.mjs'], { stdio: 'inherit' });
}
if (!unitOnly) {
  // Integration suites in a real VS Code: @vscode/test-electron where VS Code can be downloaded
  // (DPIA_VSCODE=electron), otherwise code-server from the npm registry with headless Chromium.
  const electron = process.env.DPIA_VSCODE === 'electron';
  const setupOk = electron || step('set up code-server', 'bash', ['test/integration/setup-code-server.sh']);
  if (setupOk) {
    rmSync('out/integration-results.json', { force: true });
    const runner = electron ? 'test/integration/run-electron.mjs' : 'test/integration/run-code-server.mjs';
    step('integration tests (extension host)', process.execPath, [runner]);
    if (existsSync('out/integration-results.json')) {
      const r = JSON.parse(readFileSync('out/integration-results.json', 'utf8'));
      passed += r.passed;
      failed += r.failed;
    } else failed++;
    if (!electron) {
      if (step('package the extension', process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '-o', 'dist/dpia-assistant.vsix'])) {
        if (step('UI check of the packaged extension', process.execPath, ['test/integration/run-code-server.mjs', '--ui'])) passed++;
      }
    }
  }
}
finish();
