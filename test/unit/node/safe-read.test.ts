// The shared reader of the CLI and the extension (issue 11, items 1 and 2). FIFOs are tested through
// the CLI in a child process with a time limit (test/unit/cli/hostile-resources.test.ts), so a
// regression cannot hang this suite.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { readRegularFile, readResourceText, readTextFile, resolveInside } from '../../../src/node/safe-read';
import { refusal } from '../../../src/core/parse/resource-issues';
import { ROOT } from '../helpers';

describe('safe reading (issue 11)', () => {
  let top: string;
  let root: string;
  beforeEach(() => {
    top = realpathSync(mkdtempSync(join(tmpdir(), 'dpia-read-')));
    root = join(top, 'root');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(top, 'outside.yaml'), 'secret: 1\n');
    writeFileSync(join(root, 'in.yaml'), 'a: 1\n');
  });
  afterEach(() => rmSync(top, { recursive: true, force: true }));

  it('the size cap holds while reading: one byte over is refused', () => {
    writeFileSync(join(root, 'f'), Buffer.alloc(100, 65));
    assert.equal(readRegularFile(join(root, 'f'), 100).ok, true);
    assert.deepEqual(readRegularFile(join(root, 'f'), 99), { ok: false, error: 'file is too large (the limit is 99 bytes)' });
  });

  it('the cap does not trust stat: a /proc file (size 0 in stat) is cut off at the cap', function () {
    if (process.platform !== 'linux') this.skip();
    const r = readRegularFile('/proc/self/maps', 64);
    assert.equal(r.ok, false);
    assert.match((r as { error: string }).error, /too large/);
  });

  it('devices and folders are refused without reading', function () {
    if (process.platform === 'win32') this.skip();
    assert.deepEqual(readRegularFile('/dev/zero', 1 << 20), { ok: false, error: 'not a regular file (a FIFO, socket or device); refused' });
    assert.deepEqual(readRegularFile(root, 1 << 20), { ok: false, error: 'is a directory' });
    assert.deepEqual(readRegularFile(join(root, 'nope'), 1 << 20), { ok: false, error: 'no such file' });
  });

  it('the BOM is kept in the text (so a write-back keeps it); binary and invalid UTF-8 are refused', () => {
    writeFileSync(join(root, 'bom'), Buffer.from([0xef, 0xbb, 0xbf, 0x61]));
    assert.deepEqual(readTextFile(join(root, 'bom')), { ok: true, text: '\uFEFFa' });
    writeFileSync(join(root, 'bin'), Buffer.from([0x61, 0, 0x62]));
    assert.match((readTextFile(join(root, 'bin')) as { error: string }).error, /binary file/);
    writeFileSync(join(root, 'bad'), Buffer.from([0x61, 0xff]));
    assert.match((readTextFile(join(root, 'bad')) as { error: string }).error, /not valid UTF-8/);
  });

  it('resolveInside: relative paths inside the root, nothing absolute, no .. escape, no link out', function () {
    if (process.platform === 'win32') this.skip();
    symlinkSync('../outside.yaml', join(root, 'link-out.yaml'));
    symlinkSync('in.yaml', join(root, 'link-in.yaml'));
    symlinkSync('..', join(root, 'sub', 'up'));
    assert.deepEqual(resolveInside(root, join(root, 'sub'), '../in.yaml'), { ok: true, path: join(root, 'in.yaml') });
    assert.deepEqual(resolveInside(root, root, 'link-in.yaml'), { ok: true, path: join(root, 'in.yaml') });
    const refused = (spec: string, base = root, o = {}) => (resolveInside(root, base, spec, o) as { error?: string }).error;
    assert.match(refused(join(root, 'in.yaml'))!, /absolute paths are not allowed/);
    assert.equal(refused(join(root, 'in.yaml'), root, { allowAbsolute: true }), undefined);
    assert.match(refused(join(top, 'outside.yaml'), root, { allowAbsolute: true })!, /outside the allowed folder/);
    assert.match(refused('../outside.yaml')!, /outside the allowed folder/);
    assert.match(refused('sub/../../outside.yaml')!, /outside the allowed folder/);
    assert.match(refused('link-out.yaml')!, /outside the allowed folder/);
    // The OS would resolve up/.. to the parent of root; the path is taken lexically, so it names
    // root/sub/outside.yaml, which does not exist: refused either way, the outside file is never opened.
    assert.ok(refused('sub/up/../outside.yaml'));
    assert.deepEqual(resolveInside(root, root, 'sub/up/in.yaml'), { ok: true, path: join(root, 'in.yaml') }, 'a link inside the tree is fine');
    assert.match(refused('missing.yaml')!, /no such file/);
    assert.match(refused('a\0b')!, /not a valid path/);
    assert.deepEqual(readResourceText(root, root, 'in.yaml'), { ok: true, text: 'a: 1\n' });
    assert.deepEqual(readResourceText(root, root, 'link-out.yaml').ok, false);
  });

  it('every fixed reason the reader gives has a Dutch translation for the editor', () => {
    const source = readFileSync(join(ROOT, 'src', 'node', 'safe-read.ts'), 'utf8');
    const reasons = [...source.matchAll(/(?:error: |return )'([^']+)'/g)].map((m) => m[1]);
    assert.ok(reasons.length >= 10, reasons.join('\n'));
    for (const r of reasons) assert.notEqual(refusal(r).nl, r, `no Dutch for "${r}"`);
  });
});
