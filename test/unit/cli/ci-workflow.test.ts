// Issue 14: the README's GitHub workflow and GitLab job work as written, and action.yml builds dpia
// from this repository (no npx of an npm name nobody here owns).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { ROOT } from '../helpers';

type Step = { uses?: string; run?: string; if?: string; with?: Record<string, string>; env?: Record<string, string>; 'working-directory'?: string };

function readmeYaml(marker: string): Record<string, unknown> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const m = new RegExp(`<!-- dpia:${marker}:start -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\`\\n<!-- dpia:${marker}:end -->`).exec(readme);
  assert.ok(m, `README has a yaml block between the dpia:${marker} markers`);
  return load(m[1]) as Record<string, unknown>;
}

describe('CI: action.yml and the README workflows', () => {
  const action = load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Step[] }; inputs: Record<string, unknown> };
  const steps: Step[] = action.runs.steps;

  it('action.yml is a composite action that sets up Node, runs npm ci, builds and writes SARIF with dist/cli.js', () => {
    assert.equal(action.runs.using, 'composite');
    assert.match(steps[0].uses ?? '', /^actions\/setup-node@v\d+$/);
    const scripts = steps.map((s) => s.run ?? '').join('\n');
    assert.match(scripts, /npm ci\b/);
    assert.match(scripts, /node esbuild\.config\.mjs/);
    const check = steps.find((s) => /check --format sarif/.test(s.run ?? ''))!;
    assert.match(check.run!, /node "\$DPIA_CLI" check --format sarif .*-o "\$DPIA_SARIF"/);
    assert.equal(check.env?.DPIA_CLI, '${{ github.action_path }}/dist/cli.js');
    assert.doesNotMatch(scripts, /npx|\$\{\{\s*inputs\./, 'no npx, and inputs only through env');
    assert.ok(steps.every((s) => !s.run || (s as { shell?: string }).shell === 'bash'));
    assert.deepEqual(Object.keys(action.inputs).sort(), ['node-version', 'paths', 'sarif-file']);
  });

  it('the GitHub workflow: security-events write, this repository as the action, upload-sarif v4 that runs when the check fails', () => {
    const wf = readmeYaml('github-workflow') as { permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
    assert.equal(wf.permissions['security-events'], 'write');
    const s = Object.values(wf.jobs)[0].steps;
    assert.match(s[0].uses ?? '', /^actions\/checkout@v\d+$/);
    const check = s.find((x) => x.uses?.startsWith('dpia-assistant/dpia-assistant@'));
    assert.ok(check, 'the check uses this repository as a composite action');
    const upload = s.find((x) => x.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    assert.equal(upload.uses, 'github/codeql-action/upload-sarif@v4');
    assert.match(upload.if ?? '', /^(always\(\)|success\(\) \|\| failure\(\))$/);
    assert.equal(upload.with?.sarif_file, check!.with?.['sarif-file']);
    assert.ok(s.indexOf(upload) > s.indexOf(check!));
    assert.ok(s.every((x) => !/npx/.test(x.run ?? '')));
  });

  it('the GitLab job builds dpia from this repository and keeps the Code Quality report when the check fails', () => {
    const job = Object.values(readmeYaml('gitlab-ci'))[0] as { script: string[]; artifacts: { when: string; reports: { codequality: string } } };
    const script = job.script.join('\n');
    assert.match(script, /npm ci/);
    assert.match(script, /dist\/cli\.js check --format gitlab -o (\S+)/);
    assert.equal(/-o (\S+)/.exec(script)![1], job.artifacts.reports.codequality);
    assert.equal(job.artifacts.when, 'always');
    assert.doesNotMatch(script, /npx/);
  });
});
