import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, buildRegister, parseDocument, ParseCache, registerTable } from '../../../src/core/index';
import { ROOT } from '../helpers';

describe('the generated risk table is readable in the source', () => {
  it('a row is as wide as its own cells: a long cell elsewhere pads no other row', () => {
    const text = readFileSync(join(ROOT, 'templates', 'examples', 'teams-onedrive-sharepoint.dpia.md'), 'utf8');
    const table = registerTable(buildRegister(analyze(parseDocument('t.dpia.md', text, new ParseCache()), { today: '2026-01-01' })));
    const rows = table.trim().split('\n').slice(2);
    assert.equal(rows.length, 7);
    for (const row of rows) {
      assert.doesNotMatch(row, / {2,}\|/, `padded: ${row}`);
      const cells = row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
      assert.equal(row.length, cells.reduce((n, c) => n + c.length + 3, 1), 'one space either side of each cell, nothing more');
    }
  });
});
