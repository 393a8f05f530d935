// How a line starts, as CommonMark sees it: the pieces of the fence scanner that look at one line.

export const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;

/** Whether a line (indentation removed) opens a fence: a backtick fence's info string has no backtick. */
export function opensFence(body: string): boolean {
  const m = FENCE_OPEN.exec(body);
  return m !== null && !(m[1][0] === '`' && m[2].includes('`'));
}

export interface Indented {
  /** Columns of indentation (tabs to the next multiple of 4). */
  cols: number;
  /** Index of the first non-space character. */
  index: number;
}

export function indentation(text: string, fromCol = 0): Indented {
  let cols = fromCol;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ') cols++;
    else if (c === '\t') cols += 4 - (cols % 4);
    else break;
    i++;
  }
  return { cols: cols - fromCol, index: i };
}

/** Removes up to `n` columns of leading whitespace; returns the rest and the columns removed. */
export function stripColumns(text: string, n: number): { rest: string; removed: number } {
  let cols = 0;
  let i = 0;
  while (i < text.length && cols < n) {
    const c = text[i];
    if (c === ' ') cols++;
    else if (c === '\t') {
      const w = 4 - (cols % 4);
      if (cols + w > n) {
        // A tab wider than what is left to remove: CommonMark keeps its remaining columns as spaces.
        const pad = cols + w - n;
        return { rest: ' '.repeat(pad) + text.slice(i + 1), removed: Math.max(0, i + 1 - pad) };
      }
      cols += w;
    } else break;
    i++;
  }
  return { rest: text.slice(i), removed: i };
}

export const LIST_MARKER = /^([-+*]|\d{1,9}[.)])([ \t]+|$)/;
export const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
export const ATX = /^#{1,6}(?:[ \t]|$)/;
export const BLOCKQUOTE = /^>/;


/** ASCII letters and any non-ASCII character: never the start of a block construct. */
export function isPlainStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** Whether a string is only whitespace; stops at the first other character (`trim()` copies the whole rest). */
export function isBlank(s: string): boolean {
  return !/\S/.test(s);
}

export function canStartList(marker: RegExpMatchArray, body: string, paragraph: boolean): boolean {
  if (!paragraph) return true;
  // In a paragraph, only a non-empty item, and for ordered lists only one starting at 1, may interrupt it.
  if (isBlank(body.slice(marker[0].length))) return false;
  return !/^\d/.test(marker[1]) || /^1[.)]$/.test(marker[1]);
}

/** Backslash escapes and entities are resolved in info strings; the common case has none. */
export function unescapeInfo(info: string): string {
  return info.includes('\\') ? info.replace(/\\([!-/:-@[-`{-~])/g, '$1') : info;
}
