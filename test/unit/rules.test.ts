import * as assert from 'node:assert/strict';
import { check, CODES, RULES } from '../../src/core/index';
import { expectations, fixture, listFixtures } from './helpers';

const TODAY = '2026-01-01';

/** Resources of a rule fixture: files under test/fixtures/rules/linked/ only (a pre-scan's DPIA). */
function fixtureResource(_uri: string, rel: string): string | { error: string } {
  const m = /^\.\/linked\/([\w.-]+\.md)$/.exec(rel);
  if (!m) return { error: 'no such file' };
  try {
    return fixture('rules', 'linked', m[1]);
  } catch {
    return { error: 'no such file' };
  }
}

describe('rules: one fixture per rule with expected diagnostics', () => {
  for (const name of listFixtures('rules')) {
    it(name, () => {
      const text = fixture('rules', name);
      const got = check(text, { uri: `/fixtures/${name}`, today: TODAY, readResource: fixtureResource })
        .map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`)
        .sort();
      assert.deepEqual(got, expectations(text));
    });
  }

  it('has a fixture for every rule', () => {
    const files = new Set(listFixtures('rules').map((f) => f.replace(/\.(d[pt]ia|prescan)\.md$/, '')));
    for (const r of RULES) assert.ok(files.has(r.code) || (r.code.startsWith('schema.') && files.has('schema')), `no fixture for ${r.code}`);
  });

  it('every code is dotted, stable and documented in both languages', () => {
    for (const [code, { severity, rule }] of CODES) {
      assert.match(code, /^[a-z]+\.[a-z-]+$/);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(severity));
      assert.ok(rule.description.en.length > 20 && rule.description.nl.length > 20, code);
    }
  });
});
