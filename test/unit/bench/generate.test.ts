// The benchmark documents stand for kept DPIAs: parts A/B present (issue 16: "keep the keystroke path
// within the existing benchmark targets with the new blocks present") and no error anywhere.
import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/index';
import { generateDpia, SIZES } from '../../bench/generate';

describe('benchmark documents', () => {
  it('hold data, purpose and processing blocks beside risks and measures, and check without errors', () => {
    const text = generateDpia(SIZES['100kb']);
    for (const kind of ['data', 'purpose', 'processing', 'measure', 'risk']) assert.ok(text.includes('```' + kind + '\n'), kind);
    assert.ok((text.match(/```data\n/g) ?? []).length >= 2);
    const errors = check(text, { uri: 'generated.dpia.md', today: null }).filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => `${d.code}@${d.range.start.line + 1}: ${d.message}`), []);
  });
});
