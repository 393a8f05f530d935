import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseCache, parseDocument } from '../../../src/core/index';
import { ROOT } from '../helpers';

/** The worked examples must say what the source reports say (issue 12). */
const EXAMPLES = join(ROOT, 'templates', 'examples');

function example(name: string) {
  const text = readFileSync(join(EXAMPLES, name), 'utf8');
  const doc = parseDocument(join(EXAMPLES, name), text, new ParseCache());
  const block = (id: string) => {
    const b = doc.blocks.find((x) => x.id === id);
    assert.ok(b?.value, `${name}: no block ${id}`);
    return b.value as Record<string, any>;
  };
  const ids = (v: Record<string, any>, key = 'mitigations') => ((v[key] ?? []) as any[]).map((m) => (typeof m === 'string' ? m : m.measure ?? m.text));
  return { text, doc, block, ids };
}

describe('worked example: Microsoft 365 Defender (memo of 13 June 2023)', () => {
  const { block, ids } = example('microsoft-365-defender.dpia.md');

  it('expresses "accept until the end of 2023" as an acceptance, not as a mitigation', () => {
    const d1 = block('D1');
    assert.ok(!ids(d1).some((m) => /ACCEPT/i.test(m ?? '')), 'an acceptance is not a measure');
    assert.equal(d1.acceptance?.until, '2023-12-31');
  });

  it('the acceptance is by the organisation as controller, not by SLM Rijk', () => {
    const by: string = block('D1').acceptance.by;
    assert.match(by, /verwerkingsverantwoordelijke/);
    assert.doesNotMatch(by.replace(/niet SLM Rijk.*$/, ''), /SLM/);
  });
});
