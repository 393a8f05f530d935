// Privacy by design: the CLI's check, table and pdf commands work with every network API blocked.
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers';

const PRELOAD = join(ROOT, 'test', 'support', 'no-network.cjs');
const MARK = 'NETWORK ATTEMPT BLOCKED';

function offline(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--require', PRELOAD, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
}

describe('no network: the CLI runs with outgoing connections made impossible', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpia-offline-'));
    copyFileSync(join(ROOT, 'templates', 'examples', 'teams-onedrive-sharepoint.dpia.md'), join(dir, 'teams.dpia.md'));
    copyFileSync(join(ROOT, 'templates', 'examples', 'teams-onedrive-sharepoint.dtia.md'), join(dir, 'teams.dtia.md'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the blocker itself works: a connection attempt fails and is reported', () => {
    const r = offline(dir, '-e', "require('node:https').get('https://example.org/')");
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, new RegExp(`${MARK}: https.request`));
    const f = offline(dir, '-e', "fetch('https://example.org/').catch(() => process.exit(3))");
    assert.match(f.stderr, new RegExp(`${MARK}: fetch`));
  });

  it('dpia check (with worker threads)', function () {
    this.timeout(60_000);
    const r = offline(dir, join(ROOT, 'dist', 'cli.js'), 'check', '--today', '2026-11-23', '-j', '2', '.');
    assert.doesNotMatch(r.stderr, new RegExp(MARK));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /2 files checked/);
  });

  it('dpia table --write', function () {
    this.timeout(60_000);
    const r = offline(dir, join(ROOT, 'dist', 'cli.js'), 'table', 'teams.dpia.md', '--write');
    assert.doesNotMatch(r.stderr, new RegExp(MARK));
    assert.equal(r.status, 0, r.stderr);
  });

  it('dpia pdf', function () {
    this.timeout(60_000);
    const r = offline(dir, join(ROOT, 'dist', 'cli.js'), 'pdf', 'teams.dtia.md', '-o', 'register.pdf');
    assert.doesNotMatch(r.stderr, new RegExp(MARK));
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(join(dir, 'register.pdf')) && statSync(join(dir, 'register.pdf')).size > 10_000);
  });
});
