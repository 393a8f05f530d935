// One `.dpia.yaml` read and checked against schemas/config.schema.json: the same code for the CLI
// and the extension. Problems are located (line and column, 1-based) and never quote the file.
import type { ErrorObject } from 'ajv';
import { load } from 'js-yaml';
import { CODES, type SeveritySetting } from '../core/index';
import { ResourceLocator, yamlIssue } from '../core/parse/resource-issues';

/** The names a configuration file may have, in order of precedence within one folder. */
export const CONFIG_NAMES = ['.dpia.yaml', '.dpia.yml', '.dpia.json'];

/** The settings of one configuration file. Relative paths (matrix, catalogues) are relative to `base`. */
export interface DpiaConfig {
  rules: Record<string, SeveritySetting>;
  matrix?: string;
  catalogues: string[];
  maxWarnings?: number;
  /** The file read. */
  path: string;
  /** Its folder. */
  base: string;
}

/** What is wrong with a configuration file, and where (1-based; line 0 when the file could not be read). */
export interface ConfigProblem {
  path: string;
  line: number;
  column: number;
  message: string;
}

export type ConfigResult = { ok: true; config: DpiaConfig } | { ok: false; problem: ConfigProblem };

const pointerKey = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** "line L, column C: reason" (from the locators of core/parse/resource-issues) as a problem. */
function located(path: string, text: string): ConfigProblem {
  const m = /^line (\d+), column (\d+): ([^]*)$/.exec(text);
  return m ? { path, line: Number(m[1]), column: Number(m[2]), message: m[3] } : { path, line: 1, column: 1, message: text };
}

/** The reason for one schema error, saying what is expected; never a key or value from the file. */
function reason(e: ErrorObject): { message: string; key: boolean; pointer: string } {
  const p = e.params as Record<string, unknown>;
  const where = e.instancePath;
  const top = where === '';
  switch (e.keyword) {
    case 'additionalProperties':
      return { message: 'unknown key; expected one of rules, matrix, catalogues, max-warnings', key: true, pointer: `${where}/${pointerKey(String(p.additionalProperty))}` };
    case 'propertyNames':
      return { message: 'not a rule code; expected a code listed by `dpia rules`, such as risk.residual-missing', key: true, pointer: `${where}/${pointerKey(String(p.propertyName))}` };
    case 'enum':
      return { message: `expected a severity: ${(p.allowedValues as string[]).join(', ')}`, key: false, pointer: where };
    case 'type': {
      const expected: Record<string, string> = { '': 'a mapping of settings', '/rules': 'a mapping of CODE: SEVERITY', '/catalogues': 'a list of catalogue files', '/matrix': 'a matrix name or file', '/max-warnings': 'a whole number' };
      return { message: `expected ${expected[where] ?? (p.type === 'string' ? 'a file name' : String(p.type))}`, key: false, pointer: where };
    }
    case 'minLength':
      return { message: 'must not be empty; expected a name or file', key: false, pointer: where };
    case 'minimum':
      return { message: 'expected a whole number of 0 or more', key: false, pointer: where };
    default:
      return { message: `does not satisfy "${e.keyword}"${top ? '' : ` at ${where}`}`, key: false, pointer: where };
  }
}

/** The build-time compiled validator of schemas/config.schema.json (see esbuild.config.mjs). */
function validator() {
  return (require('virtual:dpia-validators') as typeof import('virtual:dpia-validators')).config;
}

/** Parses and validates the text of a configuration file at `path` (used in messages) in folder `base`. */
export function parseConfig(text: string, path: string, base: string): ConfigResult {
  const fail = (problem: ConfigProblem): ConfigResult => ({ ok: false, problem });
  let data: unknown = {};
  // An empty file (or one of comments only) is an empty configuration.
  if (/\S/.test(text.replace(/^\uFEFF/, '').replace(/^[ \t]*#.*$/gm, ''))) {
    try {
      data = load(text.replace(/^\uFEFF/, ''), { maxAliases: 0 }) ?? {};
    } catch (e) {
      return fail(located(path, yamlIssue(e)));
    }
  }
  const where = new ResourceLocator(text);
  const at = (pointer: string, key: boolean, message: string) => fail(located(path, `${where.at(pointer, key)}: ${message}`));
  const validate = validator();
  if (!validate(data)) {
    const errors = validate.errors ?? [];
    // A wrong key name explains the rest: report it first.
    const first = errors.find((e) => e.keyword === 'additionalProperties' || e.keyword === 'propertyNames') ?? errors[0];
    const r = reason(first);
    return at(r.pointer, r.key, r.message);
  }
  const d = data as { rules?: Record<string, SeveritySetting>; matrix?: string; catalogues?: string[]; 'max-warnings'?: number };
  for (const code of Object.keys(d.rules ?? {})) if (!CODES.has(code)) return at(`/rules/${pointerKey(code)}`, true, 'unknown rule code; expected a code listed by `dpia rules`');
  return { ok: true, config: { rules: { ...(d.rules ?? {}) }, matrix: d.matrix, catalogues: d.catalogues ?? [], maxWarnings: d['max-warnings'], path, base } };
}

/** "file:line:column: message" (or "file: message" for a file that could not be read). */
export function formatConfigProblem(p: ConfigProblem, shownPath = p.path): string {
  return p.line > 0 ? `${shownPath}:${p.line}:${p.column}: ${p.message}` : `${shownPath}: ${p.message}`;
}
