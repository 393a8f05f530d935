import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseYaml } from '../../../src/core/parse/yaml';
import { parseYamlBatch } from '../../../src/core/parse/yaml-batch';
import { FRAGMENTS, params } from './arbitraries';

const LINES = ['id: R1', 'title: Loss of control', 'likelihood: high', 'impact: laag', 'mitigations:', '  - M365-DKE', '  - measure: ORG-1', '    status: planned', 'due: 2026-01-01', 'a: &x [1, 2]', 'b: *x', 'title: x', 'description: >', '  folded text', 'tags: !!js/function "x"', 'key: "unclosed', '---', '...', '%YAML 1.2', '- item', '  nested: {a: 1}', '# comment', ''];
const text = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LINES) }, { weight: 1, arbitrary: fc.constantFrom(...FRAGMENTS) }), { maxLength: 8 }).map((ls) => ls.join('\n'));

describe('property: parsing many blocks in one batch gives what parsing each alone gives', () => {
  it('same values, locations and errors', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), (sources) => {
        assert.deepStrictEqual(parseYamlBatch(sources), sources.map(parseYaml));
      }),
      params(),
    );
  });
});
