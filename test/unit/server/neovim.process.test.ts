// Neovim's built-in LSP client (a client no one here wrote) against dist/server.js: the diagnostics,
// hover and completions Neovim receives for a fixture equal the core's for the same text.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { complete, createService, hover } from '../../../src/core/index';
import { ROOT } from '../helpers';

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };

describe('language server in Neovim (headless, built-in LSP client)', function () {
  this.timeout(90_000);
  it('diagnostics, hover and completion of a fixture equal the core', () => {
    const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(nvim.status, 0, 'nvim not found: run test/install-prerequisites.sh (installs the Debian package neovim)');
    const fixture = join(ROOT, 'test', 'fixtures', 'rules', 'risk.level-mismatch.dpia.md');
    const text = readFileSync(fixture, 'utf8');
    const lines = text.split('\n');
    const hoverLine = lines.findIndex((l) => /^likelihood:/.test(l));
    const completionLine = lines.findIndex((l) => /^impact:/.test(l));
    const requests = { hover: { line: hoverLine, character: 2 }, completion: { line: completionLine, character: 'impact: '.length } };

    const dir = mkdtempSync(join(tmpdir(), 'dpia-nvim-'));
    try {
      const out = join(dir, 'result.json');
      const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(ROOT, 'test', 'server', 'nvim-client.lua')}`], {
        env: { ...process.env, DPIA_SERVER: join(ROOT, 'dist', 'server.js'), DPIA_NODE: process.execPath, DPIA_FIXTURE: fixture, DPIA_OUT: out, DPIA_REQUESTS: JSON.stringify(requests), XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
        encoding: 'utf8',
        timeout: 80_000,
      });
      assert.equal(r.status, 0, `nvim failed: ${r.stderr}`);
      const got = JSON.parse(readFileSync(out, 'utf8'));
      assert.equal(got.error, undefined, got.error);

      const core = createService({ settingsFor: () => ({ locale: 'en' }) });
      const uri = pathToFileURL(fixture).href;
      const a = core.update(uri, text, 1)!;
      const want = a.diagnostics.map((d) => ({ line: d.range.start.line, character: d.range.start.character, severity: SEVERITY[d.severity], message: d.message, code: d.code, source: 'dpia' }));
      const order = (x: { line: number; character: number; message: string }[]) => [...x].sort((p, q) => p.line - q.line || p.character - q.character || p.message.localeCompare(q.message));
      assert.ok(want.length > 0);
      assert.deepEqual(order(got.diagnostics), order(want));

      const h = hover(a, requests.hover)!;
      assert.ok(h, 'the core has a hover there');
      assert.deepEqual(got.hover, { contents: { kind: 'markdown', value: h.contents }, range: JSON.parse(JSON.stringify(h.range)) });

      const labels = complete(a, requests.completion).map((c) => c.label);
      assert.ok(labels.length > 0, 'the core completes there');
      assert.deepEqual(got.completion, labels);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
