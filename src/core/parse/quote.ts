/**
 * Block quotes in the fence scanner: their content is not scanned for top-level fences, but whether a
 * paragraph is open at the end of a quote line decides whether the next unquoted line is a lazy
 * continuation of the quote (CommonMark) or starts a block of its own, which may be a fence.
 */
export interface QuoteFence {
  char: string;
  len: number;
}

const MARKER = /^ {0,3}>[ \t]?/;
const OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSED_BY_BLOCK = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$)/;

/**
 * Follows one quote line (`body` starts with `>`). Returns the fence open inside the quote after the
 * line (or null) and whether a paragraph is open in it.
 */
export function quoteLine(body: string, fence: QuoteFence | null): { fence: QuoteFence | null; paragraph: boolean } {
  let inner = body;
  for (let m = MARKER.exec(inner); m; m = MARKER.exec(inner)) inner = inner.slice(m[0].length);
  if (fence) {
    const close = new RegExp(`^ {0,3}${fence.char === '`' ? '`' : '~'}{${fence.len},}[ \\t]*$`);
    return { fence: close.test(inner) ? null : fence, paragraph: false };
  }
  if (inner.trim() === '') return { fence: null, paragraph: false };
  const open = OPEN.exec(inner);
  if (open && !(open[1][0] === '`' && open[2].includes('`'))) return { fence: { char: open[1][0], len: open[1].length }, paragraph: false };
  if (CLOSED_BY_BLOCK.test(inner)) return { fence: null, paragraph: false };
  // Indented code cannot start here without a paragraph before it; treat the line as paragraph text.
  return { fence: null, paragraph: !/^(?: {4}|\t)/.test(inner) };
}
