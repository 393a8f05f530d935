import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODES, ruleAnchor } from '../../../src/core/index';
import { ruleFragment, ruleSectionLines } from '../../../src/extension/rule-links';
import { ROOT } from '../helpers';

describe('rule-code links', () => {
  it('every rule code links to the line of its own README section, not to line 1', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const lines = readme.split(/\r?\n/);
    const sections = ruleSectionLines(readme);
    for (const code of CODES.keys()) {
      const fragment = ruleFragment(code, sections);
      const m = /^L(\d+)$/.exec(fragment);
      assert.ok(m, `${code} links to #${fragment}, not to a README line`);
      const heading = lines[Number(m[1]) - 1];
      const section = /^### `([^`]+)`$/.exec(heading.trim())?.[1];
      assert.ok(section, `${code} opens at "${heading}", not at a rule heading`);
      assert.equal(section.replace(/\./g, ''), ruleAnchor(code), `${code} opens at the section of ${section}`);
      if (CODES.get(code)?.rule.code === code && !code.startsWith('schema.')) assert.equal(section, code);
    }
  });

  it('a README without the heading falls back to the GitHub-style anchor', () => {
    assert.equal(ruleFragment('risk.unmitigated-high', ruleSectionLines('# nothing\n')), 'riskunmitigated-high');
  });
});
