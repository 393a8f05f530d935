// `dpia check --fix` and `--fix-dry-run`: the core's safe fixes applied to a file, written atomically
// (or shown as a unified diff), then the remaining diagnostics.
import { createTwoFilesPatch } from 'diff';
import { analyze, fixAll, parseDocument, ParseCache, resolveFix, type Diagnostic } from '../core/index';
import { writeFileAtomic, WriteError } from '../node/atomic-write';
import { readText } from './files';
import { escapeControls } from './format/text';
import { resourceReader, type FileCheckOptions, type FileOutcome } from './check-files';

export interface FixOutcome {
  /** The remaining diagnostics (after the fixes), or why the file could not be read or written. */
  outcome: FileOutcome;
  /** Fixes applied (or, in a dry run, that would be), per code. */
  applied: Map<string, number>;
  /** Why fixing stopped early: the fixes undo each other, or the pass limit. */
  end: 'stable' | 'cycle' | 'limit';
  /** Dry run: the unified diff of the change (empty when nothing changes). */
  diff: string;
}

/**
 * Fixes one file: the safe fixes, pass after pass until stable (see the core's fixAll), then writes
 * the text atomically when it changed, keeping its byte-order mark and line ends; `dryRun` writes
 * nothing and returns the diff. `shown` names the file in the diff.
 */
export function fixFile(abs: string, shown: string, options: FileCheckOptions, root: string, dryRun: boolean, write?: (fd: number, bytes: Uint8Array) => void): FixOutcome {
  const read = readText(abs);
  if (!read.ok) return { outcome: read, applied: new Map(), end: 'stable', diff: '' };
  const { resolveFixes, ...settings } = options;
  const checkOptions = { ...settings, uri: abs, readResource: resourceReader(root) };
  const result = fixAll(read.text, (text) => {
    const a = analyze(parseDocument(abs, text, new ParseCache()), checkOptions);
    return { diagnostics: a.diagnostics, resolve: (f: Parameters<typeof resolveFix>[1]) => resolveFix(a, f) };
  });
  const changed = result.text !== read.text;
  let diff = '';
  if (changed && dryRun) diff = visible(createTwoFilesPatch(`a/${shown}`, `b/${shown}`, read.text, result.text, undefined, undefined, { context: 3 }));
  if (changed && !dryRun) {
    try {
      writeFileAtomic(abs, result.text, { write });
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      return { outcome: { ok: false, error: e.message.replace(`cannot write ${abs}: `, 'cannot write the fixes: ') }, applied: new Map(), end: result.end, diff: '' };
    }
  }
  let diagnostics: Diagnostic[] = [...result.checked.diagnostics];
  if (resolveFixes) diagnostics = diagnostics.map((d) => (d.fixes?.some((f) => f.resolve) ? { ...d, fixes: d.fixes.map((f) => result.checked.resolve(f)) } : d));
  return { outcome: { ok: true, diagnostics }, applied: result.applied, end: result.end, diff };
}

/** `path: 3 fixes applied (table.stale, risk.level-mismatch ×2)`, or undefined when none. */
export function describeFixes(shown: string, applied: Map<string, number>, dryRun: boolean): string | undefined {
  const total = [...applied.values()].reduce((a, b) => a + b, 0);
  if (!total) return undefined;
  const codes = [...applied].sort(([a], [b]) => a.localeCompare(b)).map(([c, n]) => (n > 1 ? `${c} ×${n}` : c));
  return `${escapeControls(shown)}: ${total} fix${total === 1 ? '' : 'es'} ${dryRun ? 'would be applied' : 'applied'} (${codes.join(', ')})`;
}

/** The diff with the document's control characters made visible (a CR ending a line is kept). */
function visible(diff: string): string {
  return diff
    .split('\n')
    .map((l) => (l.endsWith('\r') ? escapeControls(l.slice(0, -1)) + '\r' : escapeControls(l)))
    .join('\n');
}
