import { splitLines, type Line } from '../text/lines';
import { scanFences, NOT_RESUMABLE, type FenceBlock } from './fences';

/**
 * The lines of a text and its fenced blocks, with what an incremental re-scan needs: the offset where
 * each line starts and the scanner's state before each line.
 */
export interface LineScan {
  text: string;
  lines: Line[];
  /** Offset of each line's first character; one more entry: the text's length plus one. */
  starts: Int32Array;
  fences: FenceBlock[];
  /** Scanner state before each line (see NOT_RESUMABLE). */
  states: Int8Array;
  /** First line scanned for fences (after the front matter). */
  from: number;
}

function lineStarts(lines: readonly Line[], into = new Int32Array(lines.length + 1), at = 0, offset = 0): Int32Array {
  for (let i = 0; i < lines.length; i++) {
    into[at + i] = offset;
    offset += lines[i].text.length + lines[i].eol.length;
  }
  into[at + lines.length] = offset + 1;
  return into;
}

/** Scans a whole text. `fromOf` tells the first line to scan for fences (after the front matter). */
export function scanText(text: string, fromOf: (lines: Line[]) => number): LineScan {
  const lines = splitLines(text);
  const from = fromOf(lines);
  const states = new Int8Array(lines.length).fill(NOT_RESUMABLE);
  const fences = scanFences(lines, from, lines.length, { states });
  return { text, lines, starts: lineStarts(lines), fences, states, from };
}

/** Index of the line that contains offset `o`. */
export function lineAt(starts: Int32Array, o: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the common prefix of two strings (binary search over slices: the engine compares in bulk). */
function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Re-scans a text after an edit, reusing the previous scan: lines outside the edited region are kept as
 * they are, and the fence scanner starts from the last resumable state before the edit and stops as soon
 * as its state after the edit matches the previous scan's. The result equals `scanText(text)`.
 */
export function rescan(prev: LineScan, text: string, fromOf: (lines: Line[]) => number): LineScan {
  if (prev.text === text) return prev;
  const p = commonPrefix(prev.text, text);
  const s = commonSuffix(prev.text, text, Math.min(prev.text.length, text.length) - p);
  const delta = text.length - prev.text.length;
  const oldCount = prev.lines.length;
  // Lines [0, a) and [r, oldCount) are unchanged (their text and terminators lie in the common prefix/suffix).
  const a = Math.max(0, lineAt(prev.starts, p) - 1);
  const r = Math.min(oldCount, lineAt(prev.starts, prev.text.length - s) + 1);
  const midStart = prev.starts[a];
  const midEnd = r < oldCount ? prev.starts[r] + delta : text.length;
  const mid = splitLines(text.slice(midStart, midEnd));
  if (r < oldCount) mid.pop(); // the region ends with a terminator: the empty "line" after it is line r
  const lines = prev.lines.slice(0, a).concat(mid, prev.lines.slice(r));
  const lineDelta = lines.length - oldCount;
  const starts = new Int32Array(lines.length + 1);
  starts.set(prev.starts.subarray(0, a));
  lineStarts(mid, starts, a, midStart);
  for (let i = r; i <= oldCount; i++) starts[i + lineDelta] = prev.starts[i] + delta;

  const from = fromOf(lines);
  if (from !== prev.from || a < from) return scanText(text, () => from);
  // Resume from the last resumable line at or before the edit.
  let start = a;
  while (start > from && prev.states[start] === NOT_RESUMABLE) start--;
  const states = new Int8Array(lines.length);
  states.set(prev.states.subarray(0, start));
  const opts = {
    states,
    startState: start > from ? prev.states[start] : 0,
    // Past the edit, stop where the state equals the previous scan's at the same (shifted) line.
    stop: (ln: number, state: number) => ln >= r + lineDelta && state !== NOT_RESUMABLE && prev.states[ln - lineDelta] === state,
    stoppedAt: 0,
  };
  if (start === from) opts.startState = 0;
  const scanned = scanFences(lines, start, lines.length, opts);
  const stopped = opts.stoppedAt;
  const before = prev.fences.filter((f) => f.openLine < start);
  const after: FenceBlock[] = [];
  if (stopped < lines.length) {
    states.set(prev.states.subarray(stopped - lineDelta), stopped);
    for (const f of prev.fences) {
      if (f.openLine < stopped - lineDelta) continue;
      after.push(lineDelta === 0 ? f : { ...f, openLine: f.openLine + lineDelta, closeLine: f.closeLine === null ? null : f.closeLine + lineDelta, contentStart: f.contentStart + lineDelta, contentEnd: f.contentEnd + lineDelta });
    }
  }
  return { text, lines, starts, fences: before.concat(scanned, after), states, from };
}
