import * as assert from 'node:assert/strict';
import { join } from 'node:path';
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
