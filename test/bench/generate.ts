// Seeded generator of realistic DPIA documents for benchmarks and tests: front matter, headings,
// prose with links, bullet lists, GFM tables, the part A/B blocks (data categories, purposes with their
// basis and Art. 9 exceptions, processing operations with parties and locations; one of each per ten
// risks), measure blocks and N risk blocks with mitigations, and a regenerated risk table between the
// markers (so table.stale stays quiet, as in a kept document).
import { builtinCatalogue, buildRegister, parseDocument, ParseCache, analyze, tableEdit, applyEdits } from '../../src/core/index';

/** mulberry32: a small, fast, seeded PRNG (same seed, same document). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the organisation processes diagnostic data of employees and guests through the cloud service ' +
  'microsoft stores telemetry events in data centres in the united states for up to eighteen months ' +
  'administrators can limit the level of optional diagnostic data but required service data remains ' +
  'controller processor purpose limitation transparency data subject access request encryption keys ' +
  'pseudonymised identifiers retention period legal ground legitimate interest consent supervisory authority'
).split(' ');
const LEVELS = ['low', 'medium', 'high'];
const PARTIES = ['supplier', 'organisation'];
const STATUSES = ['implemented', 'planned', 'in-progress'];

export interface GenOptions {
  /** Number of risk blocks. */
  risks: number;
  /** Approximate size of the document in bytes. */
  bytes: number;
  seed?: number;
  /** Whether to add the risk table between markers (regenerated, so it is fresh). */
  table?: boolean;
}

export function generateDpia({ risks, bytes, seed = 1, table = true }: GenOptions): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const measures = builtinCatalogue().map((m) => m.id);
  const sentence = () => {
    const n = 8 + Math.floor(r() * 14);
    const w = Array.from({ length: n }, () => pick(WORDS));
    if (r() < 0.15) w.splice(3, 0, `[${pick(WORDS)} ${pick(WORDS)}](https://example.org/${pick(WORDS)})`);
    if (r() < 0.1) w.splice(5, 0, `**${pick(WORDS)}**`);
    const s = w.join(' ');
    return s[0].toUpperCase() + s.slice(1) + '.';
  };
  const words = (n: number) => {
    const s = Array.from({ length: n }, () => pick(WORDS)).join(' ');
    return s[0].toUpperCase() + s.slice(1);
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(r() * 5) }, sentence).join(' ').replace(/(.{70,90}?) /g, '$1\n');
  const list = () => Array.from({ length: 2 + Math.floor(r() * 4) }, () => `- ${sentence()}`).join('\n');
  const gfmTable = () =>
    ['| Data category | Purpose | Retention |', '| --- | --- | --- |', ...Array.from({ length: 2 + Math.floor(r() * 4) }, () => `| ${pick(WORDS)} ${pick(WORDS)} | ${pick(WORDS)} | ${1 + Math.floor(r() * 36)} months |`)].join('\n');
  const prose = () => {
    const kind = r();
    return kind < 0.6 ? paragraph() : kind < 0.8 ? list() : gfmTable();
  };

  const head = [
    '---',
    'type: dpia',
    `title: Generated DPIA ${seed}`,
    'organisation: Example Ministry',
    'version: "1.0"',
    'date: 2026-01-15',
    'language: en',
    'matrix: rijksdienst',
    'authors:',
    '  - Privacy team',
    '---',
    '',
    `# Generated DPIA ${seed}`,
    '',
    ...(table ? ['<!-- dpia:risk-table -->', '<!-- /dpia:risk-table -->', ''] : []),
    '## Part A: description of the processing',
    '',
  ];
  const parts: string[] = [head.join('\n')];
  parts.push(...partsAB(Math.max(2, Math.floor(risks / 10)), r));
  const local: string[] = [];
  for (let i = 0; i < Math.max(1, Math.floor(risks / 10)); i++) {
    const id = `ORG-M${i + 1}`;
    local.push(id);
    parts.push(['```measure', `id: ${id}`, `title: Local measure ${i + 1} on ${pick(WORDS)} ${pick(WORDS)}`, `party: ${pick(PARTIES)}`, `status: ${pick(STATUSES.slice(0, 1))}`, '```', ''].join('\n'));
  }
  const perRisk = Math.max(0, bytes / Math.max(1, risks) - 1000);
  for (let i = 0; i < risks; i++) {
    const sec = [`### Risk ${i + 1}: ${words(6)}`, ''];
    let size = 0;
    while (size < perRisk) {
      const p = prose();
      sec.push(p, '');
      size += p.length + 1;
    }
    const likelihood = pick(LEVELS);
    const impact = pick(LEVELS);
    const mits = Array.from({ length: 1 + Math.floor(r() * 4) }, () => (r() < 0.2 && local.length ? pick(local) : pick(measures)));
    const mitLines = [...new Set(mits)].map((m, k) =>
      k % 2 ? `  - ${m}` : `  - measure: ${m}\n    party: ${pick(PARTIES)}\n    status: ${pick(STATUSES.slice(0, 1))}`,
    );
    sec.push(
      '```risk',
      `id: R${i + 1}`,
      `title: ${words(8)}`,
      'description: >',
      `  ${words(20)}.`,
      `likelihood: ${likelihood}`,
      `impact: ${impact}`,
      'mitigations:',
      ...mitLines,
      'residual:',
      '  likelihood: low',
      `  impact: ${impact === 'high' ? 'medium' : impact}`,
      '```',
      '',
    );
    parts.push(sec.join('\n'));
  }
  let text = parts.join('\n');
  if (table) {
    const doc = parseDocument('generated.dpia.md', text, new ParseCache());
    text = applyEdits(text, [tableEdit(doc, buildRegister(analyze(doc, { today: null }))).edit]);
  }
  return text;
}

const SPECIAL = ['health', 'biometric', 'trade-union-membership'];

/**
 * `n` data categories, purposes and processing operations (part A, §2–§10; part B, §11–§14), written
 * so that they check clean: each category has a retention, each special category an Art. 9(2)
 * exception in the purpose that uses it, each purpose a basis (with its provision for c and e) and a
 * processing that serves it, each processor an agreement, every location inside the EEA.
 */
function partsAB(n: number, r: () => number): string[] {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) {
    const special = i % 4 === 0 ? SPECIAL[i % SPECIAL.length] : undefined;
    out.push(['```data', `id: D${i}`, `name: Data category ${i}`, 'subjects: [employees]', ...(special ? [`special: ${special}`] : []), 'source: the employee', 'retention:', `  period: P${1 + Math.floor(r() * 7)}Y`, '  trigger: end of employment', '```', ''].join('\n'));
  }
  for (let i = 1; i <= n; i++) {
    const special = i % 4 === 0 ? SPECIAL[i % SPECIAL.length] : undefined;
    const basis = i % 3 === 0 ? 'c' : i % 3 === 1 ? 'e' : 'b';
    out.push(
      [
        '```purpose',
        `id: P${i}`,
        `title: Purpose ${i}`,
        `basis: ${basis}`,
        ...(basis === 'c' || basis === 'e' ? ['provision: Art. 3 of the (generated) Act on example tasks'] : []),
        `data: [D${i}]`,
        ...(special ? ['exceptions:', `  - data: D${i}`, '    ground: b', '    provision: Art. 30 UAVG'] : []),
        'necessity: The processing is needed for the task and limited to what it needs.',
        '```',
        '',
      ].join('\n'),
    );
    out.push(['```processing', `id: V${i}`, `title: Processing operation ${i}`, `purposes: [P${i}]`, `data: [D${i}]`, 'parties:', '  - name: Example Ministry', '    role: controller', '  - name: Hosting provider', '    role: processor', '    agreement: DPA 2026-01', 'locations:', '  - country: NL', '```', ''].join('\n'));
  }
  return out;
}

/** The three sizes the issue names: 100 KB/20 blocks, 1 MB/200 blocks and 5 MB/1,000 blocks. */
export const SIZES = {
  '100kb': { risks: 20, bytes: 100_000 },
  '1mb': { risks: 200, bytes: 1_000_000 },
  '5mb': { risks: 1000, bytes: 5_000_000 },
} as const;
