import { BLOCK_KINDS } from '../model/document';
import { partCompletions } from './completion-parts';
import type { Position } from '../text/lines';
import type { SchemaName } from '../schema/validate';
import { keysAt, schemaAt } from '../schema/lookup';
import { pick } from '../i18n/lang';
import { yamlContext } from './yaml-context';
import { measureMarkdown } from './measure-markdown';
import type { Analysis } from '../environment';
import { BUILTIN_MATRIX_TEXTS } from '../model/matrix';
import { mitigationSnippetBody } from '../catalogue/snippets';
import { plainText } from './escape';
import type { MeasureInfo } from '../catalogue/catalogue';

/** Text inside a snippet: dollar signs, closing braces and backslashes are literal, never placeholders. */
const snippetText = (s: string) => plainText(s).replace(/[$}\\]/g, '\\$&');

export interface CompletionItem {
  label: string;
  kind: 'property' | 'value' | 'reference' | 'block';
  /** Shown next to the label in the list (VS Code: `CompletionItemLabel.description`), e.g. a measure's title. */
  description?: string;
  detail?: string;
  /** Order in the list: required keys first, then schema order; levels low → high. */
  sortText?: string;
  /** Words the list filters on when they differ from the label (a measure's title, party and source). */
  filterText?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  /** Text typed so far that the item replaces (from the cursor backwards). */
  replaceLength: number;
  /** `insertText` is a snippet (VS Code syntax: $1, ${1|a,b|}). */
  snippet?: boolean;
}

/** Keys that start a mitigation written as a mapping. */
const START_KEYS = ['measure', 'text'] as const;

/** A sort key that keeps the order given (VS Code sorts equal matches by it). */
const order = (i: number) => String(i).padStart(4, '0');

/** What a measure is found by when filtering: its id, title (both languages), party and source. */
function measureFilterText(m: MeasureInfo, lang: 'en' | 'nl'): string {
  const other = lang === 'en' ? 'nl' : 'en';
  return [m.id, pick(m.title, lang), m.title[other] ?? '', m.party ?? '', m.source ?? m.origin].filter(Boolean).join(' ');
}

const LEVEL_KEYS: Record<string, 'likelihood' | 'impact' | 'level'> = { likelihood: 'likelihood', impact: 'impact', level: 'level' };
const REFERENCE_LISTS = new Set(['mitigations', 'safeguards']);

function describe(node: { description?: string; 'x-description-nl'?: string } | undefined, lang: 'en' | 'nl'): string | undefined {
  if (!node) return undefined;
  return node.description === undefined ? undefined : pick({ en: node.description, nl: node['x-description-nl'] ?? node.description }, lang);
}

/** Completion inside front matter and blocks: schema keys, matrix levels, enum values and measure ids. */
export function complete(analysis: Pick<Analysis, 'document' | 'environment'>, pos: Position): CompletionItem[] {
  const { document: doc, environment: env } = analysis;
  const line = doc.lines[pos.line]?.text.slice(0, pos.character) ?? '';
  const fence = /^ {0,3}(`{3,}|~{3,})([\w-]*)$/.exec(line);
  const ctx = yamlContext(doc, pos);
  if (!ctx) {
    if (!fence) return [];
    // Block kinds that complete the word typed so far; never the word itself (Enter after "```risk" must start the block).
    const typed = fence[2].toLowerCase();
    return BLOCK_KINDS.filter((k) => k.startsWith(typed) && k !== typed).map((k, i) => ({ label: k, kind: 'block' as const, insertText: k, replaceLength: fence[2].length, detail: `\`\`\`${k}`, sortText: order(i) }));
  }
  const parts = partCompletions(analysis, ctx);
  if (parts) return parts;
  const kind: SchemaName = ctx.section.kind;
  const lang = env.lang;
  const replaceLength = ctx.prefix.length;
  const measureItems = (): CompletionItem[] =>
    env.measures
      .all()
      .filter((m) => m.id !== ctx.prefix)
      .map((m) => ({
        label: plainText(m.id),
        kind: 'reference',
        description: plainText(pick(m.title, lang)),
        detail: plainText(`${pick(m.title, lang)}${m.party ? ` (${m.party})` : ''}`),
        documentation: measureMarkdown(m, lang),
        filterText: measureFilterText(m, lang),
        insertText: m.id,
        replaceLength,
      }));
  const keyItems = (path: (string | number)[], only?: readonly string[]): CompletionItem[] => {
    const present = new Set(Object.keys(valueAt(ctx.section.value, path) ?? {}));
    const required = new Set(schemaAt(kind, path)?.required ?? []);
    const keys = keysAt(kind, path).filter(([k]) => (!present.has(k) || k === ctx.prefix) && (!only || only.includes(k)));
    // Required keys first, then the rest, each in schema order.
    const ranked = [...keys.filter(([k]) => required.has(k)), ...keys.filter(([k]) => !required.has(k))];
    return ranked.map(([k, node], i) => ({ label: k, kind: 'property', detail: node.title, documentation: describe(node, lang), insertText: `${k}: `, replaceLength, sortText: order(i) }));
  };

  if (ctx.kind === 'key') {
    const last = ctx.parent[ctx.parent.length - 1];
    // On a fresh line of a mitigations/safeguards list: whole mitigation items as snippets.
    if (typeof last === 'string' && REFERENCE_LISTS.has(last)) {
      return env.measures.all().map((m) => ({
        label: `- ${plainText(m.id)}`,
        kind: 'reference' as const,
        description: plainText(pick(m.title, lang)),
        filterText: `- ${measureFilterText(m, lang)}`,
        detail: plainText(pick(m.title, lang)),
        documentation: measureMarkdown(m, lang),
        insertText: mitigationSnippetBody(snippetText(m.id), m.party === undefined ? undefined : snippetText(m.party), m.due === undefined ? undefined : snippetText(m.due)).join('\n'),
        replaceLength,
        snippet: true,
      }));
    }
    return keyItems(ctx.parent);
  }

  const owner = ctx.parent[ctx.parent.length - 1];
  if (!ctx.key) {
    // A list item: ids for reference lists, plus the keys that start the mapping form (`measure`, `text`);
    // never a key such as `due` where a measure id is expected.
    if (typeof owner === 'string' && REFERENCE_LISTS.has(owner)) return [...measureItems(), ...keyItems([...ctx.parent, 0], START_KEYS)];
    return [];
  }
  if (ctx.key === 'measure') return measureItems();
  const axis = LEVEL_KEYS[ctx.key];
  if (axis && kind === 'risk') {
    return env.matrix.values(axis).flatMap((v, i) => (env.matrix.label(v, lang) === ctx.prefix ? [] : [{
      label: plainText(env.matrix.label(v, lang)),
      kind: 'value' as const,
      sortText: order(i),
      detail: plainText(`${pick(axis === 'level' ? { en: 'level', nl: 'niveau' } : env.matrix.def[axis].label, lang)} ${i + 1}/${env.matrix.values(axis).length} (${env.matrix.name})`),
      insertText: env.matrix.label(v, lang),
      replaceLength,
    }]));
  }
  if (kind === 'frontmatter' && ctx.key === 'matrix') {
    return Object.keys(BUILTIN_MATRIX_TEXTS).filter((n) => n !== ctx.prefix).map((n, i) => ({ label: n, kind: 'value', insertText: n, replaceLength, sortText: order(i) }));
  }
  const node = schemaAt(kind, [...ctx.parent, ctx.key]);
  if (node?.enum) {
    return node.enum
      .filter((v) => String(v) !== ctx.prefix)
      .map((v, i) => ({ label: String(v), kind: 'value', documentation: describe(node, lang), insertText: String(v), replaceLength, sortText: order(i) }));
  }
  return [];
}

function valueAt(root: unknown, path: (string | number)[]): Record<string, unknown> | undefined {
  let cur: unknown = root;
  for (const seg of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = Array.isArray(cur) ? cur[typeof seg === 'number' ? Math.max(0, cur.length - 1) : -1] : (cur as Record<string, unknown>)[seg];
  }
  return typeof cur === 'object' && cur !== null && !Array.isArray(cur) ? (cur as Record<string, unknown>) : undefined;
}
