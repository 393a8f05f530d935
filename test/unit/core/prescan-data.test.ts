import * as assert from 'node:assert/strict';
import { apDpiaList, wp248 } from '../../../src/core/model/prescan';
import prescan from '../../../schemas/prescan.schema.json';

describe('pre-scan reference data: the AP DPIA list and the WP248 criteria', () => {
  it('the AP list has its 17 processing types, each in English and Dutch, dated and sourced', () => {
    const ap = apDpiaList();
    assert.equal(Object.keys(ap.types).length, 17);
    for (const [id, t] of Object.entries(ap.types)) assert.ok(t.en.length > 10 && t.nl.length > 10, id);
    assert.match(ap.source, /Staatscourant 2019, nr\. 64418/);
    assert.match(String(ap['as-of']), /^\d{4}-\d{2}-\d{2}/);
  });

  it('the schema offers exactly the AP list types and the nine WP248 criteria', () => {
    assert.deepEqual([...prescan.properties['ap-list'].items.enum].sort(), Object.keys(apDpiaList().types).sort());
    assert.deepEqual(Object.keys(prescan.properties.criteria.properties).sort(), Object.keys(wp248().criteria).sort());
    assert.equal(Object.keys(wp248().criteria).length, 9);
    assert.deepEqual(Object.keys(wp248()['art35-3']), ['a', 'b', 'c']);
    assert.match(wp248().source, /WP248 rev\.01/);
  });
});
