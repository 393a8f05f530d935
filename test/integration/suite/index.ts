// Entry point the extension host loads (extensionTestsPath), for code-server and @vscode/test-electron alike.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // DPIA_TEST_GREP=pattern runs only the matching tests (while working on one suite).
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec', ...(process.env.DPIA_TEST_GREP ? { grep: process.env.DPIA_TEST_GREP } : {}) });
  for (const f of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, f));
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run((failures) => {
      const results = JSON.stringify({ passed, failed });
      for (const path of [process.env.DPIA_TEST_RESULTS, join(__dirname, '..', '..', '..', 'integration-results.json')]) {
        if (path) {
          try {
            writeFileSync(path, results);
          } catch {
            /* best effort */
          }
        }
      }
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}
