import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { load } from 'js-yaml';
import { CODES, type SeveritySetting } from '../core/index';
import { readText } from './files';

/** Settings from `.dpia.yaml` (or `--config FILE`): rule severities, default matrix, extra catalogues. */
export interface CliConfig {
  rules: Record<string, SeveritySetting>;
  matrix?: string;
  catalogues: string[];
  maxWarnings?: number;
  /** Folder the config's relative paths are resolved against. */
  base: string;
}

export const CONFIG_NAMES = ['.dpia.yaml', '.dpia.yml', '.dpia.json'];
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

export class UsageError extends Error {}

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

/** Loads the config file given, or the first `.dpia.yaml` found from `cwd` upwards. */
export function loadConfig(explicit: string | undefined, cwd: string): CliConfig {
  let path = explicit ? resolve(cwd, explicit) : undefined;
  if (!path) {
    for (let dir = cwd; ; dir = dirname(dir)) {
      const hit = CONFIG_NAMES.map((n) => resolve(dir, n)).find((p) => existsSync(p));
      if (hit) {
        path = hit;
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  const config: CliConfig = { rules: {}, catalogues: [], base: cwd };
  if (!path) return config;
  const read = readText(path);
  if (!read.ok) throw new UsageError(`config ${path}: ${read.error}`);
  let data: unknown;
  try {
    data = load(read.text, { maxAliases: 0 }) ?? {};
  } catch (e) {
    throw new UsageError(`config ${path}: ${(e as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`config ${path}: expected a mapping`);
  const d = data as Record<string, unknown>;
  for (const k of Object.keys(d)) if (!['rules', 'matrix', 'catalogues', 'max-warnings'].includes(k)) throw new UsageError(`config ${path}: unknown key "${k}" (allowed: rules, matrix, catalogues, max-warnings)`);
  const rules = (d.rules ?? {}) as Record<string, unknown>;
  for (const [code, sev] of Object.entries(rules)) {
    const [c, s] = validateRule(code, sev, `config ${path}`);
    config.rules[c] = s;
  }
  if (d.matrix !== undefined) config.matrix = String(d.matrix);
  if (Array.isArray(d.catalogues)) config.catalogues = d.catalogues.map(String);
  if (typeof d['max-warnings'] === 'number') config.maxWarnings = d['max-warnings'];
  config.base = dirname(path);
  return config;
}
