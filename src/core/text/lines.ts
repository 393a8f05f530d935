/** Zero-based position, as in the Language Server Protocol. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A line of the source, without its terminator (no offset: lines after an edit are reused as they are). */
export interface Line {
  text: string;
  /** The terminator that ended the line: "\n", "\r\n", "\r" or "" for the last line. */
  eol: string;
}

/** Removes a leading byte-order mark; editors hide it, so positions ignore it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits text into lines on LF, CRLF or CR, keeping the terminators. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // Fast path (no lone CR): let the engine find the newlines.
  if (text.indexOf('\r') === -1 || !/\r(?!\n)/.test(text)) {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      const cr = nl > start && text.charCodeAt(nl - 1) === 13;
      lines.push({ text: text.slice(start, cr ? nl - 1 : nl), eol: cr ? '\r\n' : '\n' });
      start = nl + 1;
    }
    lines.push({ text: text.slice(start), eol: '' });
    return lines;
  }
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const eol = c === 13 && text.charCodeAt(i + 1) === 10 ? '\r\n' : text[i];
      lines.push({ text: text.slice(start, i), eol });
      i += eol.length - 1;
      start = i + 1;
    }
  }
  lines.push({ text: text.slice(start), eol: '' });
  return lines;
}

/** Maps offsets of a string to line/character positions. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (c === 10 || c === 13) this.starts.push(i + 1);
    }
  }
  /** Offset of a line/character position (clamped to the text). */
  offsetAt(line: number, character: number): number {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    return this.starts[l] + Math.max(0, character);
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}

/** The most common line terminator of the text, used for inserted lines. */
export function dominantEol(text: string): string {
  if (text.indexOf('\r') === -1) return '\n';
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  // Lone CR (classic Mac) files get CR, so inserted lines keep the file's style.
  const cr = (text.match(/\r/g) ?? []).length - crlf;
  return cr > crlf && cr > lf ? '\r' : crlf > lf ? '\r\n' : '\n';
}
