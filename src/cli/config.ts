import { CODES, type SeveritySetting } from '../core/index';

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

export class UsageError extends Error {}

/** An invalid or unreadable configuration file: one located line, exit 2 (no pointer to --help: the file is wrong, not the command). */
export class ConfigError extends UsageError {}

/** Input that cannot be read (a file, a git revision): one line, exit 2, no pointer to --help. */
export class InputError extends UsageError {}

export function parseSeverity(spec: string, where: string): [string, SeveritySetting] {
  const m = /^([\w.*-]+)=(\w+)$/.exec(spec.trim());
  if (!m) throw new UsageError(`${where}: expected CODE=SEVERITY (for example risk.residual-missing=off), got "${spec}"`);
  return validateRule(m[1], m[2], where);
}

function validateRule(code: string, sev: unknown, where: string): [string, SeveritySetting] {
  if (!CODES.has(code)) throw new UsageError(`${where}: unknown rule code "${code}" (see \`dpia rules\`)`);
  if (typeof sev !== 'string' || !SEVERITIES.includes(sev)) throw new UsageError(`${where}: severity of ${code} must be one of ${SEVERITIES.join(', ')}`);
  return [code, sev as SeveritySetting];
}

/** "file:line:column: reason" from a problem given as "line L, column C: reason". */
export function at(file: string, problem: string): string {
  const m = /^line (\d+), column (\d+): ([^]*)$/.exec(problem);
  return m ? `${file}:${m[1]}:${m[2]}: ${m[3]}` : `${file}: ${problem}`;
}
