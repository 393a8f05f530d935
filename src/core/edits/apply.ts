import type { TextEdit } from '../diagnostics';
import { splitLines, stripBom } from '../text/lines';

/**
 * Applies non-overlapping edits to a text (positions as in the BOM-stripped text, like an editor's).
 * A leading BOM is kept. Used by the CLI and tests; editors apply edits themselves.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = stripBom(text);
  const lines = splitLines(body);
  const starts = [0];
  for (const l of lines) starts.push(starts[starts.length - 1] + l.text.length + l.eol.length);
  const offset = (line: number, character: number) => {
    const i = Math.min(line, lines.length - 1);
    return starts[i] + Math.min(character, lines[i].text.length);
  };
  const sorted = edits
    .map((e) => ({ start: offset(e.range.start.line, e.range.start.character), end: offset(e.range.end.line, e.range.end.character), text: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = body;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) throw new Error('overlapping edits');
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return bom + out;
}
