import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { load } from 'js-yaml';
import { CODES, type SeveritySetting } from '../core/index';
import { ResourceLocator, yamlIssue } from '../core/parse/resource-issues';
import { readResourceText } from '../node/safe-read';

/** Settings from `.dpia.yaml` (or `--config FILE`): rule severities, default matrix, extra catalogues. */
export interface CliConfig {
  rules: Record<string, SeveritySetting>;
  matrix?: string;
  catalogues: string[];
  maxWarnings?: number;
  /** Folder the config's relative paths are resolved against (and its catalogues and matrix must stay inside). */
  base: string;
  /** The config file read, if any. */
  path?: string;
}

export const CONFIG_NAMES = ['.dpia.yaml', '.dpia.yml', '.dpia.json'];
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

export class UsageError extends Error {}

export function parseSeverity(spec: string, where: string): [string, SeveritySetting] {
  const m = /^([\w.*-]+)=(\w+)$/.exec(spec.trim());
  if (!m) throw new UsageError(`${where}: expected CODE=SEVERITY (for example risk.residual-missing=off), got "${spec}"`);
  return validateRule(m[1], m[2], where);
}

function validateRule(code: string, sev: unknown, where: string, quoted = true): [string, SeveritySetting] {
  if (!CODES.has(code)) throw new UsageError(`${where}: unknown rule code${quoted ? ` "${code}"` : ''} (see \`dpia rules\`)`);
  if (typeof sev !== 'string' || !SEVERITIES.includes(sev)) throw new UsageError(`${where}: severity of ${code} must be one of ${SEVERITIES.join(', ')}`);
  return [code, sev as SeveritySetting];
}

/**
 * Loads the config file given (inside `cwd`), or the first `.dpia.yaml` found from `cwd` upwards.
 * Only a regular file is read (not a link out of its folder, a FIFO or a device), at most 4 MB; its
 * problems are given as `file:line:column: reason`, never quoting the file.
 */
export function loadConfig(explicit: string | undefined, cwd: string): CliConfig {
  let path = explicit ? resolve(cwd, explicit) : undefined;
  let root = cwd;
  if (!path) {
    for (let dir = cwd; ; dir = dirname(dir)) {
      const hit = CONFIG_NAMES.map((n) => resolve(dir, n)).find((p) => existsSync(p));
      if (hit) {
        path = hit;
        root = dir;
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  const config: CliConfig = { rules: {}, catalogues: [], base: cwd };
  if (!path) return config;
  const read = readResourceText(root, cwd, path, { allowAbsolute: true });
  if (!read.ok) throw new UsageError(`config ${path}: ${read.error}`);
  let data: unknown;
  try {
    data = load(read.text, { maxAliases: 0 }) ?? {};
  } catch (e) {
    throw new UsageError(`config ${at(path, yamlIssue(e))}`);
  }
  const where = new ResourceLocator(read.text);
  const fail = (pointer: string, reason: string, key = false): never => {
    throw new UsageError(`config ${at(path, `${where.at(pointer, key)}: ${reason}`)}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('', 'expected a mapping');
  const d = data as Record<string, unknown>;
  const KEYS = ['rules', 'matrix', 'catalogues', 'max-warnings'];
  for (const k of Object.keys(d)) if (!KEYS.includes(k)) fail(`/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, `unknown key (allowed: ${KEYS.join(', ')})`, true);
  const rules = d.rules ?? {};
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) fail('/rules', 'expected a mapping of CODE: SEVERITY');
  for (const [code, sev] of Object.entries(rules as Record<string, unknown>)) {
    const pointer = `/rules/${code.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    try {
      const [c, s] = validateRule(code, sev, '', false);
      config.rules[c] = s;
    } catch (e) {
      fail(pointer, (e as Error).message.replace(/^: /, ''), !CODES.has(code));
    }
  }
  if (d.matrix !== undefined) config.matrix = String(d.matrix);
  if (d.catalogues !== undefined && !Array.isArray(d.catalogues)) fail('/catalogues', 'expected a list of catalogue files');
  if (Array.isArray(d.catalogues)) config.catalogues = d.catalogues.map(String);
  if (typeof d['max-warnings'] === 'number') config.maxWarnings = d['max-warnings'];
  config.base = dirname(path);
  config.path = path;
  return config;
}

/** "file:line:column: reason" from a problem given as "line L, column C: reason". */
export function at(file: string, problem: string): string {
  const m = /^line (\d+), column (\d+): ([^]*)$/.exec(problem);
  return m ? `${file}:${m[1]}:${m[2]}: ${m[3]}` : `${file}: ${problem}`;
}
