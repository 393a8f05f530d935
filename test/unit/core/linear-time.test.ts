// Issue 11, item 3: parsers and renderers on user text are linear. Each hostile input is built at
// n = 1k, 10k and 100k characters. Where the work can be counted (pointer characters built by the
// YAML locator) it is counted; where the work is inside a regular expression it is the process's
// CPU time (not wall-clock time: a loaded machine does not stretch it), compared between sizes with
// a generous factor: linear work grows 10x from 10k to 100k, quadratic 100x; the bound is 30x.
import * as assert from 'node:assert/strict';
import { buildRegister, complete, analyze, parseDocument, ParseCache, registerTable, tableIsFresh, findTableMarkers } from '../../../src/core/index';
import { parseYaml, MAX_POINTER_LENGTH } from '../../../src/core/parse/yaml';
import { scanFences } from '../../../src/core/parse/fences';
import { splitLines } from '../../../src/core/text/lines';

const SIZES = [1_000, 10_000, 100_000];
const BOUND = 30;
const FM = '---\ntype: dpia\ntitle: Growth\nlanguage: en\n---\n\n';

/** CPU microseconds (user + system) spent by `fn`; the least of five runs (noise only ever adds). */
function cpu(fn: () => void): number {
  const runs = [0, 1, 2, 3, 4].map(() => {
    const start = process.cpuUsage();
    fn();
    const d = process.cpuUsage(start);
    return d.user + d.system;
  });
  return Math.min(...runs);
}

/** Asserts that work(100k)/work(10k) and work(10k)/work(1k) stay under BOUND; `work(n)` counts or measures. */
function assertLinear(what: string, work: (n: number) => number, sizes = SIZES): void {
  work(sizes[0]); // warm up (JIT)
  const w = sizes.map(work);
  for (let i = 1; i < w.length; i++) {
    const ratio = w[i] / Math.max(w[i - 1], 1);
    assert.ok(ratio < BOUND, `${what}: work grows ${ratio.toFixed(1)}x from n=${sizes[i - 1]} to n=${sizes[i]} (linear: 10x; work ${w.join(', ')})`);
  }
}

/** CPU time is compared from 10k to 100k only: at 1k a run takes microseconds, where noise rules. */
const CPU_SIZES = SIZES.slice(1);

describe('linear time on hostile inputs (issue 11, item 3)', function () {
  this.timeout(120_000);

  it('a long YAML key with many children: pointer characters built grow linearly', () => {
    const yaml = (n: number) => `${'k'.repeat(n / 2)}:\n${'  - a\n'.repeat(n / 12)}`;
    assertLinear('parseYaml locations', (n) => {
      const r = parseYaml(yaml(n));
      assert.equal(r.error, undefined);
      let chars = 0;
      for (const k of r.locations.keys()) chars += k.length;
      return chars;
    });
    // The children of a node whose pointer is too long are not located; short paths still are.
    const r = parseYaml(`${'k'.repeat(MAX_POINTER_LENGTH + 1)}:\n  - a\nmitigations:\n  - M1\n`);
    assert.ok(r.locations.has(`/${'k'.repeat(MAX_POINTER_LENGTH + 1)}`));
    assert.ok(![...r.locations.keys()].some((k) => k.endsWith('/0') && k.startsWith('/k')));
    assert.ok(r.locations.has('/mitigations/0'));
  });

  it('a long YAML key with many children: CPU time grows linearly', () => {
    const yaml = (n: number) => `${'k'.repeat(n / 2)}:\n${'  - a\n'.repeat(n / 12)}`;
    assertLinear('parseYaml', (n) => {
      const text = yaml(n);
      return cpu(() => parseYaml(text));
    }, CPU_SIZES);
  });

  it('a table line "|-|" and many spaces between the risk-table markers', () => {
    const doc = (n: number) => parseDocument('a.dpia.md', `${FM}<!-- dpia:risk-table -->\n| Id | Risk |\n|-|${' '.repeat(n)}x\n<!-- /dpia:risk-table -->\n`, new ParseCache());
    assertLinear('tableIsFresh', (n) => {
      const d = doc(n);
      const markers = findTableMarkers(d)!;
      const reg = buildRegister(analyze(d, { today: null }));
      return cpu(() => assert.equal(tableIsFresh(d, markers, reg), false));
    }, CPU_SIZES);
  });

  it('a risk title with many inner spaces in the risk table', () => {
    const doc = (n: number) => parseDocument('a.dpia.md', `${FM}\`\`\`risk\nid: R1\ntitle: "a${' '.repeat(n)}b\\nc"\nlikelihood: low\nimpact: low\n\`\`\`\n`, new ParseCache());
    assertLinear('registerTable', (n) => {
      const d = doc(n);
      const reg = buildRegister(analyze(d, { today: null }));
      return cpu(() => registerTable(reg));
    }, CPU_SIZES);
  });

  it('a line of nested list markers ("- - - … x", "* - * - …"): the fence scanner, no recursion', () => {
    for (const unit of ['- ', '* - ', '-\t']) {
      assertLinear(`scanFences on ${JSON.stringify(unit)}`, (n) => {
        const lines = splitLines(`${unit.repeat(n / unit.length)}x\n\`\`\`risk\nid: R1\n\`\`\`\n`);
        return cpu(() => assert.equal(scanFences(lines).length, 1));
      }, CPU_SIZES);
    }
  });

  it('completion after a line holding U+2028 and many spaces', () => {
    const make = (n: number) => {
      const text = `${FM}\`\`\`risk\nid: R1\ntitle: a${' '.repeat(n / 4)}\u2028${' #'.repeat(n / 8)}\u2028x\nmitigations:${' '.repeat(n / 4)}\u2028 x\n  \n\`\`\`\n`;
      const d = parseDocument('a.dpia.md', text, new ParseCache());
      return { d, env: analyze(d, {}), pos: { line: text.split('\n').length - 3, character: 2 } };
    };
    assertLinear('complete', (n) => {
      const { env, pos } = make(n);
      return cpu(() => complete(env, pos));
    }, CPU_SIZES);
  });
});
