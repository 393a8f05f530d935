// `npm run test:fast` leaves out the test files named *.process.test.ts; every test file that starts
// a process or a worker thread (directly or through the PDF helpers) must be named so.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const STARTS_PROCESSES = /node:child_(?:process)|node:worker_(?:threads)|from '\.\/pdf-tools'|from '\.\.\/render\/pdf-tools'/;

describe('test files that start processes are named *.process.test.ts', () => {
  it('holds for every unit test file', () => {
    const misnamed = files(join(ROOT, 'test', 'unit'))
      .filter((f) => f.endsWith('.test.ts') && !f.endsWith('.process.test.ts'))
      .filter((f) => STARTS_PROCESSES.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    assert.deepEqual(misnamed, []);
  });
});
