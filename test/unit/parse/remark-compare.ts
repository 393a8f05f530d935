// Top-level fenced blocks as remark-parse (CommonMark) and our scanner see them, for comparison.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { scanFences } from '../../../src/core/parse/fences';
import { splitLines } from '../../../src/core/text/lines';

export interface Found {
  line: number;
  lang: string;
  content: string;
}

/** Top-level fenced code blocks according to remark (CommonMark). */
export function remarkFences(md: string): Found[] {
  const tree = unified().use(remarkParse).parse(md);
  const lines = splitLines(md);
  const out: Found[] = [];
  for (const node of tree.children) {
    if (node.type !== 'code' || !node.position) continue;
    const first = lines[node.position.start.line - 1].text;
    if (!/^ {0,3}(```|~~~)/.test(first)) continue; // indented code
    out.push({ line: node.position.start.line - 1, lang: (node.lang ?? '').toLowerCase(), content: node.value });
  }
  return out;
}

export function scannerFences(md: string): Found[] {
  return scanFences(splitLines(md))
    .filter((b) => b.topLevel)
    .map((b) => ({ line: b.openLine, lang: b.lang, content: b.content }));
}

/** remark drops a trailing newline of the content; compare modulo trailing blank lines. */
export function norm(f: Found[]): Found[] {
  return f.map((x) => ({ ...x, content: x.content.replace(/\n+$/, '') }));
}

