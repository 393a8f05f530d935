// In-process scenarios on one generated document: floor, naive remark, cold check, incremental edits.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { load } from 'js-yaml';
import type { Root, RootContent } from 'mdast';
import { check, createService, scanFences } from '../../src/core/index';
import { splitLines, stripBom } from '../../src/core/text/lines';
import { validate, type SchemaName } from '../../src/core/schema/validate';
import { measure, type Budget, type Result } from './measure';

const remark = unified().use(remarkParse).use(remarkGfm);
const KINDS = new Set(['risk', 'measure', 'transfer']);
export const TODAY = '2026-11-23';

/** The peer approach: parse the whole document with remark(+gfm), then YAML-load and validate every block. */
export function naiveCheck(text: string): number {
  const tree = remark.parse(text) as Root;
  let issues = 0;
  const walk = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'code' && n.lang && KINDS.has(n.lang)) {
        try {
          issues += validate(n.lang as SchemaName, load(n.value)).length;
        } catch {
          issues++;
        }
      } else if ('children' in n) walk(n.children as RootContent[]);
    }
  };
  walk(tree.children);
  return issues;
}

/** Two variants of one edit, alternated so that every update sees new text. */
function variants(doc: string, anchor: RegExp, insert: string[]): string[] {
  const m = anchor.exec(doc);
  if (!m) throw new Error(`benchmark document has no ${anchor}`);
  const at = m.index + m[0].length;
  return insert.map((s) => doc.slice(0, at) + s + doc.slice(at));
}

export interface CoreBudgets {
  fast: Budget;
  slow: Budget;
  /** Skip the naive remark scenario (it takes seconds per run on 5 MB). */
  skipNaive?: boolean;
}

export function coreScenarios(size: string, doc: string, dir: string, b: CoreBudgets): Result[] {
  const file = join(dir, `bench-${size}.dpia.md`);
  writeFileSync(file, doc);
  const blocks = scanFences(splitLines(doc)).length;
  const results: Result[] = [];
  const tag = `(${(doc.length / 1e6).toFixed(2)} MB, ${blocks} blocks)`;
  results.push(measure(`floor-${size}`, `read file + fence scan ${tag}`, () => void scanFences(splitLines(stripBom(readFileSync(file, 'utf8')))), b.fast));
  if (!b.skipNaive) results.push(measure(`naive-remark-${size}`, 'read + remark-parse(+gfm) + YAML load + schema validation of each block', () => void naiveCheck(readFileSync(file, 'utf8')), b.slow));
  results.push(measure(`cold-${size}`, 'read + dpia check from scratch (all rules)', () => void check(readFileSync(file, 'utf8'), { uri: file, today: TODAY }), b.fast));

  // Incremental: the extension's keystroke path (service.update), after a one-character edit.
  const mid = Math.floor(blocks / 2);
  const inBlock = variants(doc, new RegExp(`\\nid: R${mid}\\ntitle: `), ['a', 'b']);
  const inProse = variants(doc, new RegExp(`### Risk ${mid}: [^\\n]*\\n\\n`), ['x', 'y']);
  for (const [name, texts, what] of [
    [`incremental-block-${size}`, inBlock, 'service.update after a one-character edit inside one risk block'],
    [`incremental-prose-${size}`, inProse, 'service.update after a one-character edit in prose'],
  ] as const) {
    const service = createService({ settingsFor: () => ({ today: TODAY }) });
    let version = 0;
    service.update(file, doc, version++);
    results.push(measure(name, what, (i) => void service.update(file, texts[((i % 2) + 2) % 2], version++), b.fast));
  }
  return results;
}
