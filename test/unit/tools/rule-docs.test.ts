// The rule reference in README.md and the `dpia.rules` setting are generated from the rules
// (`npm run docs`); this test fails when they are stale (issue 13).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { CODES, RULES } from '../../../src/core/index';
import { generatedFiles, rulesSetting, ruleReference } from '../../../src/tools/rule-docs';
import { ROOT } from '../helpers';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

describe('generated rule docs and settings schema', () => {
  for (const [path, text] of Object.entries(generatedFiles(read))) {
    it(`${path} is up to date with src/core/rules`, () => {
      assert.ok(read(path) === text, `${path} is stale: run npm run docs`);
    });
  }

  it('the configuration schema lists every rule code under `rules` for completion in .dpia.yaml', () => {
    const schema = JSON.parse(read('schemas/config.schema.json')) as { properties: { rules: { properties: Record<string, { enum: string[]; description: string }> } } };
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...CODES.keys()].sort());
    assert.match(schema.properties.rules.properties['measure.overdue'].description, /\(default: warning\)$/);
  });

  it('a change in a rule makes the files stale', () => {
    const changed = RULES.map((r) => (r.code === 'measure.overdue' ? { ...r, severity: 'error' as const, docs: r.docs + ' Changed.' } : r));
    const stale = generatedFiles(read, changed);
    assert.notEqual(stale['README.md'], read('README.md'));
    assert.notEqual(stale['package.json'], read('package.json'));
    assert.match(ruleReference(changed), /### `measure.overdue`\n\n\*\*error\*\* · tags: `measure`, `date`/);
  });

  it('the setting has one property per code with its default severity and rejects unknown codes', () => {
    const schema = rulesSetting() as { properties: Record<string, { default: string }> };
    assert.deepEqual(Object.keys(schema.properties).sort(), [...CODES.keys()].sort());
    for (const [code, { severity }] of CODES) assert.equal(schema.properties[code].default, severity, code);
    const validate = new Ajv({ strict: false }).compile(schema);
    assert.ok(validate({ 'risk.residual-missing': 'off', 'schema.enum': 'warning' }));
    assert.ok(!validate({ 'risk.residual-mising': 'off' }), 'an unknown code is flagged');
    assert.ok(!validate({ 'risk.residual-missing': 'loud' }), 'an unknown severity is flagged');
  });

  it('every description key of the setting has an English and a Dutch text', () => {
    const en = JSON.parse(read('package.nls.json'));
    const nl = JSON.parse(read('package.nls.nl.json'));
    for (const code of CODES.keys()) {
      assert.equal(en[`config.rules.${code}`], CODES.get(code)!.rule.description.en);
      assert.equal(nl[`config.rules.${code}`], CODES.get(code)!.rule.description.nl);
    }
  });
});
