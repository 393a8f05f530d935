import type { Line, Position, Range } from './lines';

/** A position moved onto the document: its line within the lines, its character within that line. */
export function clampPosition(lines: readonly Line[], p: Position): Position {
  const line = Math.max(0, Math.min(Number.isFinite(p.line) ? Math.trunc(p.line) : 0, lines.length - 1));
  const len = lines[line]?.text.length ?? 0;
  const character = Math.max(0, Math.min(Number.isFinite(p.character) ? Math.trunc(p.character) : 0, len));
  return { line, character };
}

/**
 * A range that lies inside the document, each end inside its line, with start <= end (a reversed
 * range collapses to its start). Every diagnostic passes through this, so no rule can hand an
 * editor or SARIF an invalid range.
 */
export function clampRange(lines: readonly Line[], r: Range): Range {
  const start = clampPosition(lines, r.start);
  const end = clampPosition(lines, r.end);
  const reversed = end.line < start.line || (end.line === start.line && end.character < start.character);
  return { start, end: reversed ? { ...start } : end };
}
