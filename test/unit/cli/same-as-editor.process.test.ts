import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { run } from '../../../src/cli/main';
import { ROOT } from '../helpers';

// The integration suite asserts the editor's diagnostics for this fixture; the CLI must agree.
describe('CLI and editor report the same diagnostics', () => {
  it('mixed.dpia.md', () => {
    let out = '';
    run(['check', '--format', 'json', 'mixed.dpia.md'], { cwd: join(ROOT, 'test', 'integration', 'workspace'), out: (s) => (out += s), err: () => {}, isTty: false, env: {} });
    const got = JSON.parse(out).files[0].diagnostics.map((d: { code: string; line: number; column: number }) => `${d.code}@${d.line}:${d.column}`).sort();
    assert.deepEqual(got, ['measure.unknown@13:5', 'risk.level-mismatch@11:8', 'schema.unknown-key@14:1']);
  });
});

describe('dpia check --jobs: worker threads give the same output as one thread', () => {
  it('JSON output over the examples and the rule fixtures is identical with -j 1 and -j 3', function () {
    this.timeout(30_000);
    const cli = join(ROOT, 'dist', 'cli.js');
    const args = ['check', '--format', 'json', '--today', '2026-11-23', 'templates/examples', 'test/fixtures/rules'];
    const one = spawnSync(process.execPath, [cli, ...args, '-j', '1'], { cwd: ROOT, encoding: 'utf8' });
    const three = spawnSync(process.execPath, [cli, ...args, '-j', '3'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(three.status, one.status);
    assert.ok(JSON.parse(one.stdout).files.length > 10, 'enough files to share between workers');
    assert.equal(three.stdout, one.stdout);
  });
});
