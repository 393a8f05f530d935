// npm test installs what the unit tests need, or says in one line why it cannot.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const SCRIPT = join(ROOT, 'test', 'install-prerequisites.sh');

/** Runs the script with a PATH holding only the given fake commands. */
function run(fakes: Record<string, string>) {
  const bin = mkdtempSync(join(tmpdir(), 'dpia-prereq-'));
  try {
    for (const [name, body] of Object.entries(fakes)) {
      writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
      chmodSync(join(bin, name), 0o755);
    }
    const r = spawnSync('/bin/bash', [SCRIPT], { env: { PATH: bin }, encoding: 'utf8', timeout: 30_000 });
    return { status: r.status, out: (r.stdout + r.stderr).trim() };
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
}

const POPPLER = { pdftotext: 'exit 0', pdfinfo: 'exit 0', pdffonts: 'exit 0', pdftoppm: 'exit 0' };

describe('test prerequisites (test/install-prerequisites.sh)', () => {
  it('does nothing and says nothing when poppler, neovim and LibreOffice are there', () => {
    assert.deepEqual(run({ ...POPPLER, nvim: 'exit 0', soffice: 'exit 0' }), { status: 0, out: '' });
  });

  it('installs only neovim when only nvim is missing, saying why', () => {
    const r = run({ ...POPPLER, soffice: 'exit 0', id: 'echo 0', 'apt-get': 'exit 0' });
    assert.equal(r.status, 0);
    assert.match(r.out, /^npm test: installing neovim \(neovim: nvim, the language server test/);
  });

  it('installs only LibreOffice Writer (without GUI) when only soffice is missing, saying why and how large', () => {
    const r = run({ ...POPPLER, nvim: 'exit 0', id: 'echo 0', 'apt-get': 'exit 0' });
    assert.equal(r.status, 0);
    assert.match(r.out, /^npm test: installing libreoffice-writer-nogui \(libreoffice-writer-nogui: soffice, the export test opens the DOCX in LibreOffice \(about 300 MB/);
  });

  it('says in one line that it cannot install without apt-get', () => {
    const r = run({ id: 'echo 0' });
    assert.equal(r.status, 1);
    assert.equal(r.out.split('\n').length, 1, r.out);
    assert.match(r.out, /^npm test: cannot install poppler-utils .*no apt-get/);
  });

  it('says in one line what to run when not root', () => {
    const r = run({ id: 'echo 1000', 'apt-get': 'echo apt-get must not run >&2; exit 9' });
    assert.equal(r.status, 1);
    assert.equal(r.out.split('\n').length, 1, r.out);
    assert.match(r.out, /sudo apt-get install -y poppler-utils/);
  });

  it('says what it installs before installing, and reports a failed install in one more line', () => {
    const r = run({ id: 'echo 0', 'apt-get': 'exit 100' });
    assert.equal(r.status, 1);
    const lines = r.out.split('\n');
    assert.equal(lines.length, 2, r.out);
    assert.match(lines[0], /^npm test: installing poppler-utils/);
    assert.match(lines[1], /^npm test: apt-get install poppler-utils neovim libreoffice-writer-nogui failed/);
  });

  it('installs and succeeds when apt-get works', () => {
    const r = run({ id: 'echo 0', 'apt-get': 'exit 0' });
    assert.equal(r.status, 0);
    assert.match(r.out, /^npm test: installing poppler-utils/);
  });
});
