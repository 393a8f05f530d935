import type { ErrorObject } from 'ajv';
import type { Localized } from '../i18n/lang';
import risk from '../../../schemas/risk.schema.json';
import measure from '../../../schemas/measure.schema.json';
import transfer from '../../../schemas/transfer.schema.json';
import data from '../../../schemas/data.schema.json';
import processing from '../../../schemas/processing.schema.json';
import purpose from '../../../schemas/purpose.schema.json';
import prescan from '../../../schemas/prescan.schema.json';
import frontmatter from '../../../schemas/frontmatter.schema.json';
import matrix from '../../../schemas/matrix.schema.json';
import catalogue from '../../../schemas/catalogue.schema.json';

export const SCHEMAS = { risk, measure, transfer, data, processing, purpose, prescan, frontmatter, matrix, catalogue } as const;
export type SchemaName = keyof typeof SCHEMAS;

/** A schema violation, with the JSON pointer of the offending value and whether to point at its key. */
/** The codes of schema violations (the `schema` rule reports them). */
export const SCHEMA_CODES = ['schema.required', 'schema.unknown-key', 'schema.enum', 'schema.type', 'schema.format', 'schema.pattern', 'schema.empty', 'schema.invalid'] as const;
export type SchemaCode = (typeof SCHEMA_CODES)[number];

export interface SchemaIssue {
  code: SchemaCode;
  pointer: string;
  /** Point at the key of `pointer` (unknown keys), rather than its value. */
  at: 'key' | 'value' | 'container';
  message: Localized & { nl: string };
  /** For `schema.type`: the JSON type the schema expects (`string`, `object`, …). */
  expected?: string;
}

let compiled: typeof import('virtual:dpia-validators') | undefined;

export function validate(name: SchemaName, value: unknown): SchemaIssue[] {
  // Compiled at build time from the same schemas (ajv standalone code); loaded on first use.
  const fn = (compiled ??= require('virtual:dpia-validators') as typeof import('virtual:dpia-validators'))[name];
  if (fn(value)) return [];
  return toIssues(fn.errors ?? []);
}

function quote(s: unknown): string {
  return '`' + String(s) + '`';
}

function toIssues(errors: ErrorObject[]): SchemaIssue[] {
  // anyOf/oneOf report every failing branch; keep one summary per combinator instead.
  const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const inside = (e: ErrorObject) => combinators.some((c) => c !== e && e.schemaPath.startsWith(c.schemaPath + '/'));
  const issues: SchemaIssue[] = [];
  for (const e of errors) {
    if (e.keyword === 'if' || inside(e)) continue;
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
      const branches = errors.filter((x) => x.schemaPath.startsWith(e.schemaPath + '/') && x.instancePath === e.instancePath);
      if (branches.length && branches.every((b) => b.keyword === 'required')) {
        const keys = branches.map((b) => quote((b.params as { missingProperty: string }).missingProperty)).join(' / ');
        issues.push({ code: 'schema.required', pointer: e.instancePath, at: 'container', message: { en: `needs one of ${keys}`, nl: `heeft een van ${keys} nodig` } });
      } else if (branches.length && branches.every((b) => b.keyword === 'type')) {
        const types = branches.map((b) => (b.params as { type: string }).type).join(' or ');
        issues.push({ code: 'schema.type', pointer: e.instancePath, at: 'value', message: { en: `expected ${types}`, nl: `verwacht: ${types.replace(/ or /g, ' of ')}` } });
      } else {
        issues.push({ code: 'schema.invalid', pointer: e.instancePath, at: 'value', message: { en: 'does not match any allowed form', nl: 'past bij geen enkele toegestane vorm' } });
      }
      continue;
    }
    issues.push(one(e));
  }
  return issues;
}

function one(e: ErrorObject): SchemaIssue {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return {
        code: 'schema.required',
        pointer: e.instancePath,
        at: 'container',
        message: { en: `missing required key ${quote(p.missingProperty)}`, nl: `verplichte sleutel ${quote(p.missingProperty)} ontbreekt` },
      };
    case 'additionalProperties':
      return {
        code: 'schema.unknown-key',
        pointer: `${e.instancePath}/${String(p.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1')}`,
        at: 'key',
        message: { en: `unknown key ${quote(p.additionalProperty)}`, nl: `onbekende sleutel ${quote(p.additionalProperty)}` },
      };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(quote).join(', ');
      return { code: 'schema.enum', pointer: e.instancePath, at: 'value', message: { en: `must be one of ${allowed}`, nl: `moet een van deze waarden zijn: ${allowed}` } };
    }
    case 'type':
      return { code: 'schema.type', pointer: e.instancePath, at: 'value', message: { en: `expected ${p.type}`, nl: `verwacht: ${p.type}` }, expected: String(p.type) };
    case 'format':
      return {
        code: 'schema.format',
        pointer: e.instancePath,
        at: 'value',
        message: p.format === 'date' ? { en: 'expected a date YYYY-MM-DD', nl: 'verwacht een datum JJJJ-MM-DD' } : { en: `expected format ${p.format}`, nl: `verwacht formaat ${p.format}` },
      };
    case 'pattern':
      return { code: 'schema.pattern', pointer: e.instancePath, at: 'value', message: { en: `does not match ${p.pattern}`, nl: `voldoet niet aan ${p.pattern}` } };
    case 'minLength':
      return { code: 'schema.empty', pointer: e.instancePath, at: 'value', message: { en: 'must not be empty', nl: 'mag niet leeg zijn' } };
    case 'minimum':
    case 'maximum':
      return { code: 'schema.invalid', pointer: e.instancePath, at: 'value', message: { en: `must be ${p.comparison} ${p.limit}`, nl: `moet ${p.comparison} ${p.limit} zijn` } };
    case 'minItems':
      return { code: 'schema.invalid', pointer: e.instancePath, at: 'value', message: { en: `needs at least ${p.limit} item${p.limit === 1 ? '' : 's'}`, nl: `heeft minstens ${p.limit} item${p.limit === 1 ? '' : 's'} nodig` } };
    case 'const':
      return { code: 'schema.invalid', pointer: e.instancePath, at: 'value', message: { en: `must be ${quote(p.allowedValue)}`, nl: `moet ${quote(p.allowedValue)} zijn` } };
    default:
      // The validators are built without ajv's message texts (smaller code); name the keyword instead.
      return { code: 'schema.invalid', pointer: e.instancePath, at: 'value', message: { en: `does not satisfy "${e.keyword}"`, nl: `voldoet niet aan "${e.keyword}"` } };
  }
}
