// One translation mechanism in the core: English/Dutch pairs (`Localized`) picked by `pick` / `ctx.t`
// in one place (src/core/i18n); no inline `lang === 'nl' ? … : …`, and no pair whose two texts are
// the same (a no-op translation).
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './helpers';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const core = files(join(ROOT, 'src', 'core')).filter((f) => f.endsWith('.ts') && !f.includes(`${join('core', 'i18n')}`));
const INLINE = /(?:lang\s*===\s*'nl'|\bnl)\s*\?(?![?.])/;
const NO_OP = /(?:\bt|\bpick)\(\s*\{\s*en:\s*('[^']*'|`[^`]*`),\s*nl:\s*\1\s*\}/;

const offenders = (re: RegExp) =>
  core.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .map((line, i) => (re.test(line) ? `${relative(ROOT, f)}:${i + 1}` : ''))
      .filter(Boolean),
  );

describe('one translation mechanism in src/core', () => {
  it('no inline language conditionals outside src/core/i18n', () => {
    assert.deepEqual(offenders(INLINE), []);
  });

  it('no no-op translation pairs', () => {
    assert.deepEqual(offenders(NO_OP), []);
  });

  it('the patterns catch what they are for', () => {
    assert.ok(INLINE.test("const x = lang === 'nl' ? 'a' : 'b';"));
    assert.ok(INLINE.test("nl ? 'a' : 'b'"));
    assert.ok(!INLINE.test('pick({ en, nl: nl ?? en }, lang)'));
    assert.ok(NO_OP.test("ctx.t({ en: 'front matter', nl: 'front matter' })"));
    assert.ok(!NO_OP.test("ctx.t({ en: 'risk', nl: 'risico' })"));
  });
});
