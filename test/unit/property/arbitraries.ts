// fast-check arbitraries: DPIA-like Markdown documents built from realistic and adversarial pieces,
// and random edit sequences. Shared by the property tests and `npm run fuzz`.
import fc from 'fast-check';

/** Number of cases per property: small in the normal test pass, large under `npm run fuzz`. */
export const RUNS = Number(process.env.DPIA_FUZZ_RUNS ?? 60);
/** A fixed seed unless fuzzing, so the normal test pass is reproducible. */
export const SEED = process.env.DPIA_FUZZ_SEED !== undefined ? Number(process.env.DPIA_FUZZ_SEED) : process.env.DPIA_FUZZ_RUNS ? undefined : 20261123;
export const params = (runs = RUNS) => ({ numRuns: runs, ...(SEED === undefined ? {} : { seed: SEED }) });

const FRONT = ['---\ntype: dpia\ntitle: Fuzz\nlanguage: en\n---', '---\ntype: dtia\ntitle: Fuzz\nlanguage: nl\nmatrix: ico\n---', '---\ntype: dpia\ntitle: [unclosed\n---', '---\ntype: dpia\n', ''];

const PIECES = [
  '# Heading',
  '## Part B',
  'Some paragraph text\nthat continues.',
  '```risk\nid: R1\ntitle: Loss of control\nlikelihood: high\nimpact: high\n```',
  '```risk\nid: R2\ntitle: Mitigated\nlikelihood: hoog\nimpact: midden\nlevel: high\nmitigations:\n  - M365-DKE\n  - measure: ORG-1\n    status: planned\n    due: 2026-01-01\nresidual:\n  likelihood: laag\n  impact: high\n  acceptance:\n    by: Board\n    date: 2025-01-01\n    until: 2025-06-01\n```',
  '```measure\nid: ORG-1\ntitle: Local measure\nparty: organisation\nstatus: planned\ndue: 2025-01-01\n```',
  '```transfer\nid: T1\ncountry: US\ntool: scc\nsafeguards:\n  - M365-DKE\nprobability:\n  years: 5\n```',
  '~~~measure\nid: M1\n~~~',
  '````risk\n```\nnested: yes\n```\n````',
  '  ```risk\n  id: R3\n    deeper: 1\n  ```',
  '- item one\n- item two\n\n  ```risk\n  id: R4\n  ```',
  '1. first\n2. second',
  '> quoted\n> ```risk\n> id: Q1\n> ```',
  '<!-- dpia:risk-table -->\n| Id | Risk |\n| -- | ---- |\n| R1 | x |\n<!-- /dpia:risk-table -->',
  '<div>\n```risk\nnot a fence\n```\n</div>',
  '    indented code\n    ```risk',
  '---',
  'Text\n```risk\nid: R5\nlikelihood: [\n```',
  '* lazy\ncontinuation\n```measure\nid: M9\n```',
  '```risk title="x"\nid: R6\nid: R6\n```',
  '``` `bad info\ntext',
  '\t```risk\n\tid: T1\n\t```',
  '<pre>\n```\n</pre>',
  '```risk\nid: &a R7\nalias: *a\ntags: !!js/function "x"\n```',
  '```risk\n',
  '```',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  // Empty and flow forms of the keys quick fixes add (issue 11, item 5).
  '```risk\nid: R8\ntitle: Empty\nlikelihood: high\nimpact: high\nmitigations:\n```',
  '```risk\nid: R9\nlikelihood: high\nimpact: high\nmitigations: ~\n```',
  '```risk\nid: R10\nlikelihood: high\nimpact: high\nmitigations: [] # none\n```',
  "```risk\nid: R11\nlikelihood: high\nimpact: high\nmitigations: ''\n```",
  '```risk\nid: R12\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE, {measure: ORG-1}]\nresidual: {likelihood: high, impact: high}\nacceptance:\nconsultation: ~  # ask\n```',
  '```risk\nid: R13\nlikelihood: medium\nimpact: high\nmitigations: [\n  M365-DKE,\n  ]\nresidual:\n```',
  '```risk\nid: R14\nlikelihood: hoog\nimpact: hoog\nmitigations: [M365-DKE]\nresidual: {likelihood: hoog, impact: hoog}\nacceptance: {}\nconsultation: null\n```',
  // Tabs and indentation around fences, nested containers (issue 11, item 7).
  ' ```risk\n\ta: [b\n ```',
  ' ```risk\nid: R15\n\t```\n\t- x\n ```',
  '  ```risk\n\t id: R16\n  mitigations:\n  ```',
  '\t- ```risk\n\t  id: R17\n\t  ```',
  '> - ```risk\n>   id: Q2\n>   likelihood: [\n>   ```',
  '- > ```risk\n  > id: Q3\n  > ```',
  '1. > > ```measure\n   > > id: M2\n\n   text',
];

/** Small structural fragments for edits and noise. */
export const FRAGMENTS = ['`', '```', '~~~', '\n', '\r\n', '\r', ' ', '  ', '\t', '-', '- ', '>', '#', ':', 'id: R1', 'risk', '```risk\n', '\n```\n', '<!--', '-->', '|', '\uFEFF', 'é', '---\n', '&a', '*a', '[', '{', '"', "'", 'likelihood: high\n', 'impact: laag\n'];

const piece = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS, 'word', 'text'), { maxLength: 8 }).map((xs) => xs.join('')) });

/** A document: optional front matter, pieces separated by one or two newlines, then LF, CRLF, CR-only or mixed line ends and maybe a BOM. */
export const documentArb = fc
  .record({
    front: fc.constantFrom(...FRONT),
    pieces: fc.array(piece, { maxLength: 10 }),
    seps: fc.array(fc.constantFrom('\n', '\n\n'), { minLength: 10, maxLength: 10 }),
    eol: fc.constantFrom('lf', 'lf', 'crlf', 'cr', 'mixed'),
    bom: fc.boolean(),
    trailing: fc.boolean(),
  })
  .map(({ front, pieces, seps, eol, bom, trailing }) => {
    let text = [front, ...pieces].filter((p, i) => i > 0 || p).reduce((acc, p, i) => (i ? acc + seps[i % seps.length] + p : p), '') + (trailing ? '\n' : '');
    if (eol === 'crlf') text = text.replace(/\r?\n/g, '\r\n');
    if (eol === 'cr') text = text.replace(/\r?\n/g, '\r');
    // CRLF, LF and lone CR in turn.
    if (eol === 'mixed') text = text.replace(/\n/g, (_, at: number) => ['\r\n', '\n', '\r'][at % 3]);
    return (bom ? '\uFEFF' : '') + text;
  });

/** Documents with LF line ends only and no BOM, for comparing with remark (which reports LF lines). */
export const lfDocumentArb = fc
  .record({ pieces: fc.array(piece, { maxLength: 10 }), seps: fc.array(fc.constantFrom('\n', '\n\n'), { minLength: 10, maxLength: 10 }) })
  .map(({ pieces, seps }) => pieces.reduce((acc, p, i) => (i ? acc + seps[i % seps.length] + p : p), '').replace(/\r\n?/g, '\n').replace(/\uFEFF/g, ''));

export interface Edit {
  /** Where, as a fraction of the text's length. */
  at: number;
  /** Characters removed from there. */
  remove: number;
  insert: string;
}

export const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 200 })),
  insert: fc.oneof(
    fc.constant(''),
    fc.constantFrom(...FRAGMENTS, ...PIECES.map((p) => '\n' + p + '\n')),
    fc.string({ maxLength: 4 }),
    // Structure typed in a rush: tabs, line ends of every kind, quote and list markers.
    fc.array(fc.constantFrom('\t', '\r', '\r\n', '\n', '> ', '- ', '1. ', '```', ' ', 'a: ', '[', ']'), { minLength: 1, maxLength: 6 }).map((xs) => xs.join('')),
  ),
});

export function applyEdit(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}
