// The adversarial corpus (test/fixtures/adversarial/expected.yaml) and its generated inputs, shared
// by the unit test (outcomes: no crash, no hang) and the benchmark (the 2 s budget per input).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export interface Case {
  file?: string;
  generate?: keyof typeof GENERATORS;
  why: string;
  core?: string[];
  counts?: Record<string, number>;
  cli: { exit: number; output: string; absent?: string[] };
}

const FRONT = '---\ntype: dpia\ntitle: Generated\nlanguage: en\n---\n\n';
const riskBlock = (i: number, high: boolean, extra = '') => `\`\`\`risk\nid: R${i}\ntitle: Risk ${i}\nlikelihood: ${high ? 'high' : 'low'}\nimpact: ${high ? 'high' : 'low'}\n${extra}\`\`\`\n`;

export const GENERATORS = {
  /** 8,000 sections of about 2.5 KB: 20 MB, just under the CLI's 20 MiB limit. */
  'huge-20mb': () => {
    const prose = 'The processing of diagnostic data is described here in some detail for the reader. '.repeat(30);
    const parts = [FRONT];
    for (let i = 0; i < 8000; i++) parts.push(`## Risk ${i}\n\n${prose}\n\n${riskBlock(i, i % 7 === 0)}\n`);
    const text = parts.join('');
    if (text.length < 20_000_000 || text.length >= 20 * 1024 * 1024) throw new Error(`generated ${text.length} bytes`);
    return text;
  },
  'blocks-10000': () => FRONT + Array.from({ length: 10_000 }, (_, i) => riskBlock(i, i % 10 === 0)).join('\n'),
  'scalar-1mb': () => FRONT + riskBlock(1, false, `description: ${'personal data '.repeat(80_000).trim()}\n`),
  /** Issue 11, item 3: inputs that took seconds to minutes when a parser or renderer was quadratic. */
  'table-spaces-200k': () => `${FRONT}${riskBlock(1, false)}\n<!-- dpia:risk-table -->\n| Id | Risk |\n|-|${' '.repeat(200_000)}x\n<!-- /dpia:risk-table -->\n`,
  'title-spaces-200k': () => `${FRONT}<!-- dpia:risk-table -->\n<!-- /dpia:risk-table -->\n\n\`\`\`risk\nid: R1\ntitle: "a${' '.repeat(200_000)}b"\nlikelihood: low\nimpact: low\n\`\`\`\n`,
  'long-key-children': () => `${FRONT}\`\`\`risk\nid: R1\ntitle: t\nlikelihood: low\nimpact: low\n${'k'.repeat(100_000)}:\n${'  - a\n'.repeat(20_000)}\`\`\`\n`,
  /** 100,000 list markers on one line: 50,000 nested list items (the scanner recursed once per level). */
  'nested-list-markers': () => `${FRONT}${'- '.repeat(50_000)}x\n${'* - '.repeat(25_000)}\n\n${riskBlock(1, true)}`,
  'line-separators': () => `${FRONT}\`\`\`risk\nid: R1\ntitle: "a${' \u2028 #'.repeat(50_000)}"\nlikelihood: low\nimpact: low\n\`\`\`\n`,
};

/** The cases of the corpus in `dir` (test/fixtures/adversarial). */
export function adversarialCases(dir: string): Case[] {
  return (load(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as { cases: Case[] }).cases;
}

/** A case's bytes: the fixture file, or the generated text. */
export function adversarialBytes(dir: string, c: Case): Buffer {
  return c.file ? readFileSync(join(dir, c.file)) : Buffer.from(GENERATORS[c.generate!](), 'utf8');
}

/** The file name a case is written as. */
export const adversarialName = (c: Case): string => c.file ?? `${c.generate}.dpia.md`;
