import * as assert from 'node:assert/strict';
import { norm, remarkFences, scannerFences } from './remark-compare';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const spec: { tests: { markdown: string; section: string; number: number }[] } = require('commonmark-spec');

describe('fence scanner agrees with remark-parse (CommonMark)', () => {
  const sections = new Set(['Fenced code blocks', 'Tabs', 'Indented code blocks', 'HTML blocks', 'Block quotes', 'List items', 'Lists', 'Precedence', 'Thematic breaks', 'Paragraphs', 'Setext headings', 'ATX headings', 'Blank lines']);
  for (const t of spec.tests.filter((t) => sections.has(t.section))) {
    it(`spec example ${t.number} (${t.section})`, () => {
      assert.deepEqual(norm(scannerFences(t.markdown)).map((f) => [f.line, f.lang]), norm(remarkFences(t.markdown)).map((f) => [f.line, f.lang]));
    });
  }
  for (const t of spec.tests.filter((t) => t.section === 'Fenced code blocks')) {
    it(`spec example ${t.number}: same content`, () => {
      assert.deepEqual(norm(scannerFences(t.markdown)), norm(remarkFences(t.markdown)));
    });
  }
});

/** Small seeded PRNG (mulberry32) so generated documents are reproducible. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '# Heading',
  'Some paragraph text\nthat continues.',
  '```risk\nid: R1\ntitle: x\n```',
  '~~~measure\nid: M1\n~~~',
  '````transfer\n```\nnested\n```\n````',
  '  ```risk\n  id: R2\n    deeper\n  ```',
  '- item one\n- item two\n\n  ```risk\n  id: R3\n  ```',
  '1. first\n2. second',
  '> quoted\n> ```risk\n> id: Q1\n> ```',
  '<!-- dpia:risk-table -->\n| a | b |\n|---|---|\n<!-- /dpia:risk-table -->',
  '<div>\n```risk\nnot a fence\n```\n</div>',
  '    indented code\n    ```risk',
  '---',
  'Text\n```risk\nid: R4\n```',
  '* lazy\ncontinuation\n```measure\nid: M9\n```',
  '```risk title="x"\nid: R5\n```',
  '``` `bad info\ntext',
  '\t```risk\n\tid: T1\n\t```',
  '<pre>\n```\n</pre>',
  '```',
];

describe('fence scanner agrees with remark-parse on generated documents', () => {
  const rand = prng(20261123);
  for (let doc = 0; doc < 300; doc++) {
    const n = 1 + Math.floor(rand() * 8);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(PIECES[Math.floor(rand() * PIECES.length)]);
    const sep = () => (rand() < 0.7 ? '\n\n' : '\n');
    const md = parts.reduce((acc, p) => (acc ? acc + sep() + p : p), '') + (rand() < 0.5 ? '\n' : '');
    it(`generated document ${doc}`, () => {
      assert.deepEqual(norm(scannerFences(md)), norm(remarkFences(md)), md);
    });
  }
});
