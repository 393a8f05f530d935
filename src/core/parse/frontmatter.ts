import type { Line } from '../text/lines';

/** The YAML front matter: `---` on the first line, closed by `---` or `...`. */
export interface FrontMatterSpan {
  /** Line of the opening `---` (always 0). */
  openLine: number;
  closeLine: number;
  /** The YAML text between the markers, lines joined with "\n". */
  content: string;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Finds the front matter; undefined when the first line is not `---` or the block is never closed. */
export function findFrontMatter(lines: readonly Line[]): FrontMatterSpan | undefined {
  if (!lines.length || !OPEN.test(lines[0].text)) return undefined;
  for (let i = 1; i < lines.length; i++) {
    if (CLOSE.test(lines[i].text)) {
      return { openLine: 0, closeLine: i, content: lines.slice(1, i).map((l) => l.text).join('\n') };
    }
  }
  return undefined;
}
