import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../core/index';
import type { FileReport } from './report';

const FENCE = /^\s*(```|~~~|---\s*$)/;
const KEY = /^(\s*)(?:-\s+)?([^\s:#'"][^:#]*?|'[^']*'|"[^"]*"):(?:\s|$)/;
/** Lines looked at above a diagnostic for its keys; a block longer than this gives a shorter path. */
const MAX_LOOKBACK = 500;

/**
 * The YAML key path of a line inside a block or the front matter ("mitigations.likelihood"): the
 * line's own key and each key of smaller indentation above it, up to the fence. Empty outside YAML.
 */
export function keyPath(lines: readonly string[], line: number): string {
  const path: string[] = [];
  let indent = Infinity;
  for (let i = Math.min(line, lines.length - 1), n = 0; i >= 0 && n < MAX_LOOKBACK; i--, n++) {
    const l = lines[i];
    if (i < line && FENCE.test(l)) break;
    const m = KEY.exec(l);
    if (!m || m[1].length >= indent) continue;
    path.unshift(m[2]);
    indent = m[1].length;
    if (indent === 0) break;
  }
  return path.join('.');
}

/**
 * A fingerprint per diagnostic that survives unrelated edits: the file, the block id, the code and
 * the key path (never the line number), plus the diagnostic's ordinal among those alike, as hex.
 */
export function fingerprints(r: FileReport): string[] {
  const lines = r.text?.split(/\r?\n|\r/) ?? [];
  const count = new Map<string, number>();
  return r.diagnostics.map((d: Diagnostic) => {
    const key = [r.path.split('\\').join('/'), d.block ?? '', d.code, lines.length ? keyPath(lines, d.range.start.line) : ''].join('\u0000');
    const n = (count.get(key) ?? 0) + 1;
    count.set(key, n);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  });
}
