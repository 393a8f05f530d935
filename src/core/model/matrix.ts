import { load } from 'js-yaml';
import type { Lang, Localized } from '../i18n/lang';
import { pick } from '../i18n/lang';
import { validate } from '../schema/validate';
import { ResourceLocator, schemaIssue, yamlIssue } from '../parse/resource-issues';
import rijksdienst from '../data/matrices/rijksdienst.yaml';
import ico from '../data/matrices/ico.yaml';
import cnil from '../data/matrices/cnil.yaml';

export interface MatrixValue {
  id: string;
  label: Localized;
  synonyms?: string[];
  color?: string;
}

export interface MatrixAxis {
  label: Localized;
  values: MatrixValue[];
}

export interface MatrixDefinition {
  name: string;
  title?: Localized;
  description?: Localized;
  likelihood: MatrixAxis;
  impact: MatrixAxis;
  levels: MatrixValue[];
  /** Lowest inherent level that needs mitigations (default: the highest level). */
  'mitigation-required-from'?: string;
  /** Lowest residual level that needs acceptance and prior consultation, GDPR Art. 36 (default: the highest level). */
  'consultation-required-from'?: string;
  grid: Record<string, string[]>;
}

export type Axis = 'likelihood' | 'impact' | 'level';

// Global on purpose (not per document): keyed by the whole input, the value is immutable and the map is bounded;
// every document of every folder shares it.
const keys = new Map<string, string>();

/** Lookup key of a value: trimmed, lower case, NFC (memoised: the same few values recur in every block). */
function key(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    k = s.trim().toLowerCase().normalize('NFC');
    if (keys.size > 10_000) keys.clear();
    keys.set(s, k);
  }
  return k;
}

/** A risk matrix: normalises axis values (with synonyms) and computes the resulting level. */
export class Matrix {
  private readonly lookup: Record<Axis, Map<string, MatrixValue>> = {
    likelihood: new Map(),
    impact: new Map(),
    level: new Map(),
  };

  constructor(readonly def: MatrixDefinition) {
    const fill = (axis: Axis, values: MatrixValue[]) => {
      for (const v of values) {
        for (const name of [v.id, v.label.en, v.label.nl, ...(v.synonyms ?? [])]) {
          if (name !== undefined && !this.lookup[axis].has(key(name))) this.lookup[axis].set(key(name), v);
        }
      }
    };
    fill('likelihood', def.likelihood.values);
    fill('impact', def.impact.values);
    fill('level', def.levels);
  }

  get name(): string {
    return this.def.name;
  }

  values(axis: Axis): MatrixValue[] {
    return axis === 'level' ? this.def.levels : this.def[axis].values;
  }

  /** The canonical value for a raw value (id, label or synonym, case-insensitive), or undefined. */
  normalise(axis: Axis, raw: unknown): MatrixValue | undefined {
    if (typeof raw !== 'string') return undefined;
    return this.lookup[axis].get(key(raw));
  }

  /** The level at (likelihood, impact), both canonical ids. */
  compute(likelihood: string, impact: string): MatrixValue | undefined {
    const col = this.def.likelihood.values.findIndex((v) => v.id === likelihood);
    const row = this.def.grid[impact];
    const id = row?.[col];
    return id === undefined ? undefined : this.def.levels.find((l) => l.id === id);
  }

  get highest(): MatrixValue {
    return this.def.levels[this.def.levels.length - 1];
  }

  /** Lowest inherent level from which a risk needs mitigations (`mitigation-required-from`, default the highest). */
  get mitigationFrom(): MatrixValue {
    return this.levelById(this.def['mitigation-required-from']) ?? this.highest;
  }

  /** Lowest residual level that needs acceptance and prior consultation (`consultation-required-from`, default the highest). */
  get consultationFrom(): MatrixValue {
    return this.levelById(this.def['consultation-required-from']) ?? this.highest;
  }

  /** Whether a level is at or above a threshold level. */
  atLeast(level: MatrixValue | undefined, threshold: MatrixValue): boolean {
    return level !== undefined && this.rank(level.id) >= this.rank(threshold.id);
  }

  private levelById(id: string | undefined): MatrixValue | undefined {
    return id === undefined ? undefined : this.def.levels.find((l) => l.id === id);
  }

  /** Position of a level from 0 (lowest); -1 when unknown. */
  rank(levelId: string): number {
    return this.def.levels.findIndex((l) => l.id === levelId);
  }

  label(v: MatrixValue, lang: Lang): string {
    return pick(v.label, lang);
  }
}

/**
 * Checks a matrix definition against the schema and for consistency of its grid. Problems give a
 * position (when the text is known) and a reason, never the file's content (see resource-issues.ts).
 */
export function matrixProblems(def: unknown, text = ''): string[] {
  const where = new ResourceLocator(text);
  const issues = validate('matrix', def);
  if (issues.length) return issues.map((i) => schemaIssue(i, where));
  const d = def as MatrixDefinition;
  const problems: string[] = [];
  const levelIds = new Set(d.levels.map((l) => l.id));
  const row = (id: string) => `/grid/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  d.impact.values.forEach((imp, i) => {
    const cells = d.grid[imp.id];
    if (!cells) problems.push(`${where.at(`/impact/values/${i}`)}: no grid row for this impact value`);
    else if (cells.length !== d.likelihood.values.length) problems.push(`${where.at(row(imp.id))}: ${cells.length} cells, expected ${d.likelihood.values.length} (one per likelihood value)`);
    else cells.forEach((cell, j) => levelIds.has(cell) || problems.push(`${where.at(`${row(imp.id)}/${j}`)}: the cell names an unknown level`));
  });
  for (const k of ['mitigation-required-from', 'consultation-required-from'] as const) {
    const id = d[k];
    if (id !== undefined && !levelIds.has(id)) problems.push(`${where.at(`/${k}`)}: ${k} is not a level id of this matrix`);
  }
  for (const r of Object.keys(d.grid)) if (!d.impact.values.some((v) => v.id === r)) problems.push(`${where.at(row(r), true)}: the grid row is not an impact value`);
  return problems;
}

// Global on purpose (not per document): keyed by the whole input, the value is immutable and the map is bounded;
// every document of every folder shares it.
const parsedMatrices = new Map<string, { matrix?: Matrix; problems: string[] }>();

/** Parses a matrix YAML text; returns the matrix or the problems found (remembered by text). */
export function parseMatrix(text: string): { matrix?: Matrix; problems: string[] } {
  let hit = parsedMatrices.get(text);
  if (!hit) {
    hit = parseMatrixNow(text);
    if (parsedMatrices.size > 16) parsedMatrices.clear();
    parsedMatrices.set(text, hit);
  }
  return hit;
}

function parseMatrixNow(text: string): { matrix?: Matrix; problems: string[] } {
  let def: unknown;
  try {
    def = load(text, { maxAliases: 0 });
  } catch (e) {
    return { problems: [yamlIssue(e)] };
  }
  const problems = matrixProblems(def, text);
  return problems.length ? { problems } : { matrix: new Matrix(def as MatrixDefinition), problems };
}

export const BUILTIN_MATRIX_TEXTS: Record<string, string> = { rijksdienst, ico, cnil };
// Global on purpose: the built-in matrices, parsed once; immutable.
const builtins = new Map<string, Matrix>();

export function builtinMatrix(name: string): Matrix | undefined {
  const n = name.toLowerCase();
  if (!builtins.has(n)) {
    const text = BUILTIN_MATRIX_TEXTS[n];
    if (text === undefined) return undefined;
    const { matrix, problems } = parseMatrix(text);
    if (!matrix) throw new Error(`built-in matrix ${n} is invalid: ${problems.join('; ')}`);
    builtins.set(n, matrix);
  }
  return builtins.get(n);
}

export const DEFAULT_MATRIX = 'rijksdienst';
