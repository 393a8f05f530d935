import type { Line } from '../text/lines';
import { htmlBlockStart, type HtmlEnd } from './html-blocks';
import { quoteLine, type QuoteFence } from './quote';
import { ATX, BLOCKQUOTE, canStartList, FENCE_OPEN, indentation, isBlank, isPlainStart, LIST_MARKER, opensFence, stripColumns, THEMATIC, unescapeInfo } from './line-starts';

/**
 * A fenced code block found by the scanner. Lines are 0-based document lines.
 * The scanner follows CommonMark: 0–3 spaces of indentation, three or more
 * backticks or tildes, a closing fence of the same character at least as long,
 * and an unterminated fence running to the end of its container.
 */
export interface FenceBlock {
  /** The info string, trimmed (e.g. "risk"). */
  info: string;
  /** The first word of the info string, lower-cased. */
  lang: string;
  openLine: number;
  /** Line of the closing fence, or null when the fence is unterminated. */
  closeLine: number | null;
  /** First content line (openLine + 1). */
  contentStart: number;
  /** One past the last content line. */
  contentEnd: number;
  /**
   * Characters to add to a character index in each content line to get the index in the document line:
   * the indentation CommonMark strips (up to the fence's indent). Negative when a tab is only partly
   * stripped (its remaining columns become spaces in the content, which is then longer than the line).
   */
  removed: number[];
  /** Content lines joined with "\n". */
  content: string;
  /** True when the block is a direct child of the document (not in a list or block quote). */
  topLevel: boolean;
}

interface OpenFence {
  block: FenceBlock;
  char: string;
  len: number;
  indent: number;
  lines: string[];
}

/**
 * The scanner's state before a line, when it can be resumed from: outside any fence, HTML block and
 * list item. Bit 0: a paragraph is open; bit 1: a block quote is open. Otherwise NOT_RESUMABLE.
 */
export const NOT_RESUMABLE = -1;

export interface ScanOptions {
  /** Receives the state before each scanned line (for an incremental re-scan later). */
  states?: Int8Array;
  /** The (resumable) state to start in, as recorded in `states`. */
  startState?: number;
  /** Asked before each line with its state; true stops the scan before that line (no fence is open then). */
  stop?: (line: number, state: number) => boolean;
  /** Set to the line the scan stopped at, or `to` when it ran to the end. */
  stoppedAt?: number;
}

/** Scans lines [from, to) for fenced code blocks. Cost is linear in the number of lines. */
export function scanFences(lines: readonly Line[], from = 0, to = lines.length, opts: ScanOptions = {}): FenceBlock[] {
  const out: FenceBlock[] = [];
  /** Content columns of the open list items, innermost last. */
  const items: number[] = [];
  let fence = null as OpenFence | null;
  let fenceDepth = 0;
  let html = null as HtmlEnd | null;
  let htmlDepth = 0;
  let paragraph = ((opts.startState ?? 0) & 1) === 1;
  /** List depth of the open paragraph. */
  let paraDepth = 0;
  let quote = ((opts.startState ?? 0) & 2) === 2;
  /** Line and depth of the last list item that began empty (its marker alone on the line). */
  let emptyItemLine = -1;
  let emptyItemDepth = 0;
  /** A fence open inside the current block quote (it ends with the quote). */
  let quoteFence = null as QuoteFence | null;
  const { states, stop } = opts;
  const enterQuote = (body: string, depth: number) => {
    const q = quoteLine(body, quote ? quoteFence : null);
    quote = true;
    quoteFence = q.fence;
    paragraph = q.paragraph;
    paraDepth = depth;
  };
  opts.stoppedAt = to;

  const closeFence = (closeLine: number | null, endLine: number) => {
    if (!fence) return;
    const b = fence.block;
    b.closeLine = closeLine;
    b.contentEnd = endLine;
    b.content = fence.lines.join('\n');
    out.push(b);
    fence = null;
  };

  for (let ln = from; ln < to; ln++) {
    if (states || stop) {
      const state = fence || html || items.length || quoteFence || (paragraph && paraDepth) ? NOT_RESUMABLE : (paragraph ? 1 : 0) | (quote ? 2 : 0);
      if (states) states[ln] = state;
      if (stop?.(ln, state)) {
        opts.stoppedAt = ln;
        return out;
      }
    }
    const text = lines[ln].text;
    // Fast path: outside any container, a line starting with a letter is paragraph text.
    if (!fence && !html && items.length === 0 && isPlainStart(text.charCodeAt(0))) {
      if (quote && paragraph) continue; // lazy block-quote continuation
      quote = false;
      paragraph = true;
      paraDepth = 0;
      continue;
    }
    const ind = indentation(text);
    const blank = ind.index === text.length;

    // Which list items does this line stay in?
    let depth = items.length;
    if (!blank) {
      while (depth > 0 && ind.cols < items[depth - 1]) depth--;
    }
    const container = depth > 0 ? items[depth - 1] : 0;

    if (fence) {
      if (!blank && depth < fenceDepth) {
        closeFence(null, ln); // its list item ended
      } else {
        const rel = stripColumns(text, container);
        const ri = indentation(rel.rest);
        const body = rel.rest.slice(ri.index);
        if (ri.cols < 4 && body.startsWith(fence.char.repeat(fence.len))) {
          const run = body.match(fence.char === '`' ? /^`+/ : /^~+/)![0];
          if (run.length >= fence.len && body.slice(run.length).trim() === '') {
            closeFence(ln, ln);
            paragraph = false;
            continue;
          }
        }
        const strip = stripColumns(rel.rest, fence.indent);
        fence.lines.push(strip.rest);
        fence.block.removed.push(text.length - strip.rest.length);
        continue;
      }
    }

    if (html) {
      if (!blank && depth < htmlDepth) {
        html = null;
      } else {
        if (html.kind === 'blank' ? blank : html.pattern.test(text)) html = null;
        if (html || !blank) continue;
      }
    }

    if (blank) {
      paragraph = false;
      quote = false;
      // A list item may begin with at most one blank line: an empty item followed by a blank line ends.
      if (emptyItemLine === ln - 1 && items.length === emptyItemDepth) items.pop();
      continue;
    }

    const rel = stripColumns(text, container).rest;
    const ri = indentation(rel);
    const body = rel.slice(ri.index);

    // Lazy paragraph continuation keeps the enclosing list items open.
    const startsBlock =
      ri.cols < 4 &&
      (opensFence(body) || LIST_MARKER.test(body) || ATX.test(body) || BLOCKQUOTE.test(body) || THEMATIC.test(body));
    if (depth < items.length && paragraph && !startsBlock && !(ri.cols < 4 && htmlBlockStart(body, true))) {
      continue;
    }
    items.length = depth;
    if (paraDepth > depth) paragraph = false;

    if (ri.cols >= 4) {
      // Indented code (or paragraph continuation): never a fence.
      if (!paragraph) quote = false;
      continue;
    }
    if (BLOCKQUOTE.test(body)) {
      enterQuote(body, depth);
      continue;
    }
    // Lazy block-quote continuation; otherwise the quote (and its paragraph) ends here.
    if (quote && paragraph && !startsBlock && !htmlBlockStart(body, true)) continue;
    if (quote) paragraph = false;
    quote = false;
    leaf(ln, rel, depth);
  }
  closeFence(null, to);
  return out;

  /** Handles a line (or the rest of a list item's first line) inside `depth` list items. */
  function leaf(ln: number, rel: string, depth: number): void {
    // A loop, not recursion: a line of 50 000 list markers ("- - - …") nests that deep. Each
    // nesting level must cost O(1), not the rest of the line (see maybeThematic).
    const line = lines[ln].text;
    let thematic: Record<string, number> | undefined;
    /** Cheap pre-check: a thematic break is a suffix of the line made of one marker character, spaces and tabs. */
    const maybeThematic = (body: string): boolean => {
      const c = body[0];
      if (c !== '-' && c !== '*' && c !== '_') return false;
      const q = line.length - body.length; // body (indentation removed) is a suffix of the line
      if (q < 0 || line.charCodeAt(q) !== body.charCodeAt(0)) return true; // not a suffix: let the pattern decide
      thematic ??= thematicStarts(line);
      return q >= thematic[c];
    };
    for (;;) {
      const ri = indentation(rel);
      const body = rel.slice(ri.index);
      if (ri.cols >= 4) return;
      const open = body.match(FENCE_OPEN);
      if (open) {
        const [, run, rest] = open;
        if (!(run[0] === '`' && rest.includes('`'))) {
          const info = unescapeInfo(rest.trim());
          fence = {
            block: {
              info,
              lang: (info.split(/\s+/)[0] ?? '').toLowerCase(),
              openLine: ln,
              closeLine: null,
              contentStart: ln + 1,
              contentEnd: ln + 1,
              removed: [],
              content: '',
              topLevel: depth === 0,
            },
            char: run[0],
            len: run.length,
            indent: ri.cols,
            lines: [],
          };
          fenceDepth = depth;
          paragraph = false;
          return;
        }
      }
      const start = htmlBlockStart(body, paragraph);
      if (start) {
        paragraph = false;
        if (!(start.kind === 'pattern' && start.pattern.test(body))) {
          html = start;
          htmlDepth = depth;
        }
        return;
      }
      if (BLOCKQUOTE.test(body)) {
        enterQuote(body, depth);
        return;
      }
      if ((maybeThematic(body) && THEMATIC.test(body)) || ATX.test(body)) {
        paragraph = false;
        return;
      }
      const marker = body.match(LIST_MARKER);
      if (marker && canStartList(marker, body, paragraph)) {
        const after = body.slice(marker[0].length);
        const spaces = marker[2];
        const blankItem = isBlank(after);
        const base = depth > 0 ? items[depth - 1] : 0;
        // Tabs after the marker expand from the marker's own column.
        const sp = indentation(spaces, base + ri.cols + marker[1].length).cols;
        const w = blankItem || sp >= 5 ? marker[1].length + 1 : marker[1].length + sp;
        items.length = depth;
        items.push(base + ri.cols + w);
        paragraph = false;
        if (!blankItem) {
          rel = (sp >= 5 ? ' '.repeat(sp - 1) : '') + after;
          depth++;
          continue;
        } else {
          emptyItemLine = ln;
          emptyItemDepth = items.length;
        }
        return;
      }
      paragraph = true;
      paraDepth = depth;
      return;
    }
  }
}

/** For each thematic-break character: the first index from which the line holds only it, spaces and tabs. */
function thematicStarts(line: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of ['-', '*', '_']) {
    let i = line.length;
    while (i > 0 && (line[i - 1] === c || line[i - 1] === ' ' || line[i - 1] === '\t')) i--;
    out[c] = i;
  }
  return out;
}
