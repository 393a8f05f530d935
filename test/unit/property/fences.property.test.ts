import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { norm, remarkFences, scannerFences } from '../parse/remark-compare';
import { lfDocumentArb, params } from './arbitraries';

describe('property: the fence scanner agrees with remark-parse on top-level fenced blocks', () => {
  it('same blocks (line, language, content) on generated documents', () => {
    fc.assert(
      fc.property(lfDocumentArb, (md) => {
        assert.deepEqual(norm(scannerFences(md)), norm(remarkFences(md)));
      }),
      params(),
    );
  });
});
