// "Fix all": the safe fixes of a document, chosen without overlap and applied pass after pass until
// nothing changes. Shared by `dpia check --fix` and the editor's `source.fixAll.dpia` action.
import type { Diagnostic, Fix, TextEdit } from '../diagnostics';
import type { Position } from '../text/lines';
import { applyEdits } from './apply';

/**
 * A checked text as fixing needs it: its diagnostics and the means to resolve their fixes (the
 * callers pass an analysis: `{ diagnostics: a.diagnostics, resolve: (f) => resolveFix(a, f) }`).
 */
export interface Checked {
  diagnostics: readonly Diagnostic[];
  resolve(fix: Fix): Fix;
}

/** Most passes `fixAll` makes; a fix that keeps making new fixes possible stops here. */
export const MAX_FIX_PASSES = 10;

/**
 * The fix applied without asking: the diagnostic's preferred fix, unless it needs a choice from
 * the user (`choice`) or is a snippet whose placeholders the user fills in (`snippet`).
 * Diagnostics without such a fix are left for the user.
 */
export function safeFix(d: Diagnostic): Fix | undefined {
  return d.fixes?.find((f) => f.preferred && !f.choice && !f.snippet);
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const same = (a: Position, b: Position) => a.line === b.line && a.character === b.character;

/** Whether two edits touch the same text: overlapping ranges, or two insertions at one place. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (same(a.range.start, b.range.start)) return true;
  return before(a.range.start, b.range.end) && before(b.range.start, a.range.end);
}

export interface FixSelection {
  edits: TextEdit[];
  /** The code of each diagnostic whose fix was chosen, in document order. */
  codes: string[];
}

/**
 * One pass: the safe fix of each diagnostic (resolved), in document order, skipping any fix whose
 * edits overlap an edit already chosen (it may apply in the next pass) and fixes without edits.
 * The edits chosen never overlap, so they apply together.
 */
export function selectSafeFixes({ diagnostics, resolve }: Checked): FixSelection {
  const edits: TextEdit[] = [];
  const codes: string[] = [];
  for (const d of diagnostics) {
    const fix = safeFix(d);
    if (!fix) continue;
    let resolved: Fix;
    try {
      resolved = resolve(fix);
    } catch {
      continue; // a fix that cannot be made on this document is left for the user
    }
    if (!resolved.edits.length) continue;
    if (resolved.edits.some((e, i) => resolved.edits.some((o, j) => j < i && overlaps(e, o)))) continue;
    if (resolved.edits.some((e) => edits.some((o) => overlaps(e, o)))) continue;
    edits.push(...resolved.edits);
    codes.push(d.code);
  }
  return { edits, codes };
}

export interface FixAllResult<T extends Checked = Checked> {
  text: string;
  /** Fixes applied per code, over all passes. */
  applied: Map<string, number>;
  passes: number;
  /** `stable`: nothing more to fix; `cycle`: the fixes undo each other; `limit`: MAX_FIX_PASSES reached. */
  end: 'stable' | 'cycle' | 'limit';
  /** The final text checked (its diagnostics are what remains). */
  checked: T;
}

/**
 * Applies the safe fixes until stable: analyse, select non-overlapping safe fixes, apply, repeat.
 * Stops when no fix applies or the text stops changing, when a text comes back (fixes that undo each
 * other: the first of the repeating texts is kept) or after `maxPasses`. A leading BOM and the line
 * ends stay as they are (edits carry the document's own line ends).
 */
export function fixAll<T extends Checked>(text: string, check: (text: string) => T, maxPasses = MAX_FIX_PASSES): FixAllResult<T> {
  const applied = new Map<string, number>();
  const seen = new Set<string>([text]);
  let checked = check(text);
  for (let pass = 0; pass < maxPasses; pass++) {
    const { edits, codes } = selectSafeFixes(checked);
    if (!edits.length) return { text, applied, passes: pass, end: 'stable', checked };
    const next = applyEdits(text, edits);
    if (next === text) return { text, applied, passes: pass, end: 'stable', checked };
    if (seen.has(next)) return { text, applied, passes: pass, end: 'cycle', checked };
    seen.add(next);
    for (const c of codes) applied.set(c, (applied.get(c) ?? 0) + 1);
    text = next;
    checked = check(text);
  }
  return { text, applied, passes: maxPasses, end: selectSafeFixes(checked).edits.length ? 'limit' : 'stable', checked };
}

/**
 * One edit that turns `from` into `to`: the text between their common start and common end. Editors
 * apply it as a single change (cursor and folding outside it stay put).
 */
export function replacementEdit(from: string, to: string, positionAt: (offset: number) => Position): TextEdit | undefined {
  if (from === to) return undefined;
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  // Never split a CRLF or a surrogate pair: an editor cannot place a position inside one.
  const inside = (s: string, i: number) => i > 0 && i < s.length && ((s[i - 1] === '\r' && s[i] === '\n') || (/[\ud800-\udbff]/.test(s[i - 1]) && /[\udc00-\udfff]/.test(s[i])));
  while (start > 0 && (inside(from, start) || inside(to, start))) start--;
  let end = 0;
  while (end < max - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  while (end > 0 && (inside(from, from.length - end) || inside(to, to.length - end))) end--;
  return { range: { start: positionAt(start), end: positionAt(from.length - end) }, newText: to.slice(start, to.length - end) };
}
