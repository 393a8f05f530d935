import type { Localized } from '../i18n/lang';
import type { SchemaIssue } from '../schema/validate';
import { schemaAt } from '../schema/lookup';
import type { YamlSection } from './types';

/** The value at a JSON pointer inside a section's YAML, or undefined. */
export function valueAtPointer(root: unknown, pointer: string): unknown {
  let cur = root;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** A value that says nothing: `key:`, `key: ~`, `key: ''`. */
export const isBlank = (v: unknown) => v === null || (typeof v === 'string' && v.trim() === '');

/** What a JSON type asks the user to write, in words. */
const WHAT: Record<string, Localized & { nl: string }> = {
  string: { en: 'text', nl: 'tekst' },
  number: { en: 'a number', nl: 'een getal' },
  integer: { en: 'a whole number', nl: 'een geheel getal' },
  boolean: { en: 'true or false', nl: 'true of false' },
  object: { en: '"key: value" lines, indented under the key', nl: 'regels "sleutel: waarde", ingesprongen onder de sleutel' },
  array: { en: 'a list ("- item" lines or [a, b])', nl: 'een lijst (regels "- item" of [a, b])' },
};

const FOUND: Record<string, Localized & { nl: string }> = {
  string: { en: 'text', nl: 'tekst' },
  number: { en: 'a number', nl: 'een getal' },
  boolean: { en: 'true/false', nl: 'true/false' },
  object: { en: 'a mapping', nl: 'een mapping' },
  array: { en: 'a list', nl: 'een lijst' },
};

function kindOf(v: unknown): string {
  return Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v;
}

/** A schema description as a phrase: first letter lower-case, no final period. */
function phrase(d: string | undefined): string | undefined {
  if (!d) return undefined;
  const first = d.split(/(?<=\.)\s/)[0].replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(first) ? first[0].toLowerCase() + first.slice(1) : first;
}

/**
 * The message of an empty or wrongly typed value: what to fill in (from the schema's description,
 * in the document's language), instead of "expected string". Undefined for other issues.
 */
export function fillInMessage(s: YamlSection, issue: SchemaIssue, where: string): Localized | undefined {
  if (!issue.pointer || (issue.code !== 'schema.type' && issue.code !== 'schema.empty')) return undefined;
  const value = valueAtPointer(s.value, issue.pointer);
  const blank = isBlank(value);
  if (!blank && issue.code === 'schema.empty') return undefined;
  const path = issue.pointer.split('/').slice(1).map((x) => (/^\d+$/.test(x) ? Number(x) : x.replace(/~1/g, '/').replace(/~0/g, '~')));
  const node = s.kind === 'frontmatter' ? schemaAt('frontmatter', path) : schemaAt(s.kind, path);
  const what = WHAT[issue.expected ?? 'string'] ?? WHAT.string;
  const descEn = phrase(node?.description);
  const descNl = phrase(node?.['x-description-nl']) ?? descEn;
  if (blank) {
    // Text needs no word of its own when the description says what to write.
    const text = (issue.expected ?? 'string') === 'string';
    return {
      en: `${where} is empty: fill in ${descEn ? (text ? descEn : `${descEn} (${what.en})`) : what.en}.`,
      nl: `${where} is leeg: vul in: ${descNl ? (text ? descNl : `${descNl} (${what.nl})`) : what.nl}.`,
    };
  }
  const found = FOUND[kindOf(value)] ?? { en: kindOf(value), nl: kindOf(value) };
  return {
    en: `${where}: fill in ${what.en}${descEn ? ` (${descEn})` : ''}, not ${found.en}.`,
    nl: `${where}: vul ${what.nl} in${descNl ? ` (${descNl})` : ''}, geen ${found.nl}.`,
  };
}
