// The README's command-line reference is made from the option tables; this fails when it is stale.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../../src/cli/args';
import { readmeOptions } from '../../../src/cli/help';
import { ROOT } from '../helpers';

const START = '<!-- dpia:cli-options:start (generated from src/cli/options.ts) -->\n';
const END = '<!-- dpia:cli-options:end -->';

describe('README: the Command line section matches the option tables', () => {
  it('the text between the dpia:cli-options markers is readmeOptions()', () => {
    const path = join(ROOT, 'README.md');
    const readme = readFileSync(path, 'utf8');
    const a = readme.indexOf(START);
    const b = readme.indexOf(END);
    assert.ok(a >= 0 && b > a, 'README.md has the dpia:cli-options markers');
    const expected = `${readme.slice(0, a + START.length)}\n${readmeOptions()}\n${readme.slice(b)}`;
    // To update: UPDATE_README=1 npx mocha out/test/unit/cli/readme-options.test.js
    if (process.env.UPDATE_README === '1' && expected !== readme) writeFileSync(path, expected);
    else assert.equal(readme, expected, 'README.md is stale: run UPDATE_README=1 npx mocha out/test/unit/cli/readme-options.test.js');
  });

  it('every dpia command line shown in the README is valid', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/^(?:- run: )?(?:npx )?dpia ([^#>\n]*)/gm)].map((m) => m[1].trim());
    assert.ok(shown.length >= 5, `found ${shown.length}`);
    for (const line of shown) assert.doesNotThrow(() => parse(line.split(/\s+/)), line);
  });
});
