// `dpia table` and `dpia pdf` mark expired acceptances as of --today, and not at all with --no-dates.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';

const DOC = `---\ntype: dpia\ntitle: Dates\n---\n\n\`\`\`risk\nid: R1\ntitle: Accepted\nlikelihood: medium\nimpact: medium\nmitigations: [M365-DKE]\nresidual: {likelihood: low, impact: medium}\nacceptance: {by: CIO, date: 2023-01-01, until: 2023-12-31}\n\`\`\`\n`;

function table(cwd: string, ...args: string[]): string {
  let out = '';
  const code = run(['table', 'a.dpia.md', ...args], { cwd, out: (s) => (out += s), err: () => undefined, isTty: false, env: {} });
  assert.equal(code, 0);
  return out;
}

describe('dpia table: the date marks follow --today and --no-dates', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpia-table-dates-'));
    writeFileSync(join(dir, 'a.dpia.md'), DOC);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('before the end date the acceptance holds', () => {
    assert.match(table(dir, '--today', '2023-06-01'), /accepted until 2023-12-31/);
  });

  it('after the end date it is marked expired', () => {
    assert.match(table(dir, '--today', '2026-11-23'), /acceptance expired on 2023-12-31/);
  });

  it('with --no-dates nothing is marked expired', () => {
    assert.doesNotMatch(table(dir, '--no-dates'), /expired/);
  });
});
