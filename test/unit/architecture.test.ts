import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CODES, ruleAnchor } from '../../src/core/index';
import { ROOT } from './helpers';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('architecture', () => {
  it('src/core never imports vscode', () => {
    const offenders = files(join(ROOT, 'src', 'core'))
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /(?:from\s+|require\(\s*|import\(\s*)['"]vscode['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    assert.deepEqual(offenders, []);
  });

  it('src/core imports nothing from the CLI or the extension', () => {
    const offenders = files(join(ROOT, 'src', 'core'))
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from\s+['"](?:\.\.\/)+(?:cli|extension)\//.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('one rule per file in src/core/rules', () => {
    for (const f of files(join(ROOT, 'src', 'core', 'rules'))) {
      const n = (readFileSync(f, 'utf8').match(/export const \w+(?:: Rule = | = defineRule\()/g) ?? []).length;
      assert.ok(n <= 1, `${relative(ROOT, f)} defines ${n} rules`);
    }
  });

  it('README documents every rule code under a heading that code links can point to', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const anchors = new Set([...readme.matchAll(/^### `([^`]+)`$/gm)].map((m) => m[1].replace(/\./g, '').toLowerCase()));
    for (const code of CODES.keys()) {
      assert.ok(anchors.has(ruleAnchor(code)), `README has no section for ${code} (#${ruleAnchor(code)})`);
      assert.ok(readme.includes('`' + code + '`'), `README does not mention ${code}`);
    }
  });

  it('the extension bundle keeps validators, table serialiser and country names in files apart, read on first use', () => {
    const dist = join(ROOT, 'dist');
    const ext = readFileSync(join(dist, 'extension.js'), 'utf8');
    for (const part of ['validators.js', 'markdown.js', 'countries.js']) assert.ok(ext.includes(`require("./${part}")`), `extension.js requires ./${part}`);
    assert.ok(!ext.includes('Nieuw-Zeeland'), 'no country names in extension.js'); // ("Verenigde Staten" is in a rule's docs)
    const load = (f: string) => require(join(dist, f)) as Record<string, (...a: unknown[]) => unknown>;
    assert.equal(typeof load('validators.js').risk, 'function');
    assert.equal(load('countries.js').guessCountry('Verenigde Staten'), 'US');
    assert.match(String(load('markdown.js').stringifyMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a*b' }] }] })), /a\\\*b/);
  });
});
