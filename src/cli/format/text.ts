import { WriteStream } from 'node:tty';
import { summarise, type FileReport } from './report';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\x1b': '\\x1b', '\x07': '\\x07', '\b': '\\b', '\f': '\\f', '\v': '\\v' };
// C0 controls except tab, DEL, C1 controls, line/paragraph separators, bidi marks, embeddings, overrides and isolates.
const CONTROLS = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Document text shown in a terminal or log: control characters become visible escapes (`\x1b`, `\n`,
 * `\u2028`, `\u202e`), so a document cannot move the cursor, ring, recolour, forge or erase log lines,
 * or reorder what is shown.
 */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/**
 * Whether to colour, as Node's `util.styleText` decides for a stream: `--color`/`--no-color` first;
 * else with FORCE_COLOR set, Node's colour depth for the environment (FORCE_COLOR=0 or false: none);
 * else only on a terminal whose colour depth (Node's `getColorDepth`: NO_COLOR, NODE_DISABLE_COLORS
 * and TERM=dumb give none) is more than two colours.
 */
export function shouldColor(flag: boolean | undefined, isTty: boolean, env: Record<string, string | undefined>): boolean {
  if (flag !== undefined) return flag;
  const depth = () => WriteStream.prototype.getColorDepth.call(undefined, env as NodeJS.ProcessEnv);
  if (env.FORCE_COLOR !== undefined) return depth() > 2;
  return isTty && depth() > 2;
}

const COLORS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[2m' };

/** `path:line:column severity code message`, one per line (control characters escaped), then a summary. */
export function formatText(reports: FileReport[], color: boolean): string {
  const paint = (s: string, c: string) => (color ? `${c}${s}\x1b[0m` : s);
  const lines: string[] = [];
  for (const r of reports)
    for (const d of r.diagnostics) {
      const pos = `${escapeControls(r.path)}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      lines.push(`${color ? `\x1b[1m${pos}\x1b[0m` : pos} ${paint(d.severity, COLORS[d.severity])} ${paint(d.code, '\x1b[2m')} ${escapeControls(d.message)}`);
    }
  const s = summarise(reports);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const verdict = `${plural(s.files, 'file')} checked: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`;
  lines.push((lines.length ? '\n' : '') + paint(verdict, s.errors ? COLORS.error : s.warnings ? COLORS.warning : '\x1b[32m'));
  return lines.join('\n') + '\n';
}
