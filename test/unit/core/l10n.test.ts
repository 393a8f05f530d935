import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const read = (...p: string[]) => readFileSync(join(ROOT, ...p), 'utf8');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe('localisation of the extension', () => {
  it('every %key% in package.json has English and Dutch text', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    const en = JSON.parse(read('package.nls.json'));
    const nl = JSON.parse(read('package.nls.nl.json'));
    assert.ok(keys.length > 10);
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.ok(nl[k], `package.nls.nl.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(nl).sort(), Object.keys(en).sort());
  });

  it('every runtime string (vscode.l10n.t) has a Dutch translation in the l10n bundle', () => {
    const bundle = JSON.parse(read('src', 'extension', 'l10n', 'bundle.l10n.nl.json'));
    const strings = files(join(ROOT, 'src', 'extension'))
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'")));
    assert.ok(strings.length >= 10);
    for (const s of strings) assert.ok(bundle[s], `no Dutch translation for "${s}"`);
  });
});
