// Runs the same integration suites in desktop VS Code downloaded by @vscode/test-electron, on
// machines that can download VS Code (developer laptops, public CI): DPIA_VSCODE=electron npm test
import { runTests } from '@vscode/test-electron';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'dpia-electron-'));
const workspace = join(tmp, 'workspace');
cpSync(join(ROOT, 'test', 'integration', 'workspace'), workspace, { recursive: true });
const results = join(tmp, 'results.json');
let code = 0;
try {
  await runTests({
    version: process.env.DPIA_VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out', 'test', 'integration', 'suite', 'index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', `--user-data-dir=${join(tmp, 'data')}`],
    extensionTestsEnv: { DPIA_TEST_RESULTS: results },
  });
} catch (e) {
  console.error(`run-electron: ${e.message ?? e}`);
  code = 1;
}
const r = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : { passed: 0, failed: 1 };
writeFileSync(join(ROOT, 'out', 'integration-results.json'), JSON.stringify(r));
console.log(`${r.passed} passed, ${r.failed} failed`);
process.exit(code);
