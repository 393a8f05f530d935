// Keystroke-path benchmark: a ~1 MB DPIA with 200 risk blocks, one block edited per "keystroke".
// Compares the incremental service (fence scan + per-block cache) with the naive approaches
// measured in the same run. Run with `npm run bench`. Not a test: numbers depend on the machine.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { check, createService, scanFences } from '../../src/core/index';
import { splitLines } from '../../src/core/text/lines';

function makeDoc(blocks: number, targetBytes: number): string {
  const parts = ['---\ntype: dpia\ntitle: Benchmark DPIA\nlanguage: en\n---\n\n# Benchmark\n\n<!-- dpia:risk-table -->\n<!-- /dpia:risk-table -->\n'];
  const prose = 'The organisation processes diagnostic data of employees. | A | B |\n'.repeat(8);
  const perBlock = Math.floor(targetBytes / blocks);
  for (let i = 0; i < blocks; i++) {
    let text = `\n## Risk ${i}\n\n`;
    while (text.length < perBlock - 400) text += prose;
    text += `\n\`\`\`risk\nid: R${i}\ntitle: Risk number ${i}\nlikelihood: ${['low', 'medium', 'high'][i % 3]}\nimpact: high\nmitigations:\n  - M365-DKE\n  - measure: M365-CUSTOMER-LOCKBOX\n    status: planned\n    due: 2027-01-01\nresidual:\n  likelihood: low\n  impact: high\n\`\`\`\n`;
    parts.push(text);
  }
  return parts.join('');
}

function time(fn: () => void, minMs = 1500): number {
  fn(); // warm up
  const times: number[] = [];
  const start = performance.now();
  while (performance.now() - start < minMs || times.length < 5) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const doc = makeDoc(200, 1_000_000);
let edit = 0;
const edited = () => doc.replace('title: Risk number 100\n', `title: Risk number 100 edit ${++edit}\n`);

const remark = unified().use(remarkParse).use(remarkGfm);
const results: [string, number][] = [];
results.push(['remark + gfm: full parse (whole-document work)', time(() => void remark.parse(doc), 3000)]);
results.push(['check(): scan + parse + validate every block + rules (naive, no cache)', time(() => void check(edited(), { today: null }))]);
results.push(['fence scan only', time(() => void scanFences(splitLines(doc)))]);
const service = createService({ today: null });
let version = 0;
service.update('bench', doc, version++);
results.push(['service.update(): scan + cache, one block changed + rules (keystroke path)', time(() => void service.update('bench', edited(), version++))]);

const naive = results[0][1];
const naiveCheck = results[1][1];
const keystroke = results[3][1];
console.log(`Document: ${(doc.length / 1e6).toFixed(2)} MB, ${scanFences(splitLines(doc)).length} fenced blocks (median of repeated runs)\n`);
for (const [name, ms] of results) console.log(`${ms.toFixed(2).padStart(9)} ms  ${name}`);
console.log(`\nkeystroke path vs remark full parse: ${(naive / keystroke).toFixed(0)}× faster`);
console.log(`keystroke path vs uncached check():  ${(naiveCheck / keystroke).toFixed(1)}× faster`);
