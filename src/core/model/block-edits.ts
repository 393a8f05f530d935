import type { Block } from './document';
import type { TextEdit } from '../diagnostics';
import type { DpiaDocument } from './document';
import { pointerSegment } from '../parse/yaml';

/** Column of the block's top-level keys (the fence's indentation). */
export function keyIndent(block: Block): string {
  return ' '.repeat(Math.max(0, block.fence.removed[0] ?? 0));
}

/**
 * Inserts YAML lines at the end of a block's content (before the closing fence).
 * `yamlLines` are relative to the block's top level; they get the block's indentation.
 */
export function appendToBlock(doc: DpiaDocument, block: Block, yamlLines: string[], eol: string): TextEdit {
  const indent = keyIndent(block);
  const body = yamlLines.map((l) => indent + l + eol).join('');
  const f = block.fence;
  if (f.closeLine !== null) {
    return { range: { start: { line: f.closeLine, character: 0 }, end: { line: f.closeLine, character: 0 } }, newText: body };
  }
  // Unterminated fence: append after the last line of the document.
  const last = doc.lines.length - 1;
  const end = { line: last, character: doc.lines[last].text.length };
  const lead = doc.lines[last].text.length ? eol : '';
  return { range: { start: end, end }, newText: lead + body.slice(0, -eol.length) };
}

/** A value that says nothing: null (`key:`, `~`, `null`), an empty string, list or mapping. */
export function isEmptyValue(v: unknown): boolean {
  if (v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && v !== undefined && Object.keys(v as object).length === 0;
}

/** What may follow `key:` on its line when the value is empty (a trailing comment is kept). */
const EMPTY_AFTER_COLON = /^[ \t]*(?:~|null|Null|NULL|''|""|\[[ \t]*\]|\{[ \t]*\})?/;

/**
 * Replaces the empty value of a top-level key (`key:`, `key: ~`, `key: []`, `key: ''`) with
 * `children` (YAML lines relative to the key, e.g. "  - M1"), written under the key's line.
 * Undefined when the key is absent, its value is not empty, or it is not written as a plain
 * `key: value` line of a block mapping (then no safe edit exists).
 */
export function replaceEmptyValue(doc: DpiaDocument, block: Block, key: string, children: string[], eol: string): TextEdit | undefined {
  const value = (block.value as Record<string, unknown> | undefined)?.[key];
  const loc = block.parsed.yaml.locations.get(`/${pointerSegment(key)}`);
  if (!isEmptyValue(value) || !loc || loc.keyStart === undefined || loc.keyEnd === undefined) return undefined;
  const ks = block.map.position(loc.keyStart);
  const ke = block.map.position(loc.keyEnd);
  if (ks.line !== ke.line) return undefined;
  const line = doc.lines[ks.line].text;
  const lead = /^([ \t]*)(["']?)$/.exec(line.slice(0, ks.character));
  if (!lead) return undefined;
  const colon = line.indexOf(':', ke.character);
  if (colon < 0 || !/^["']?[ \t]*$/.test(line.slice(ke.character, colon))) return undefined;
  const rest = line.slice(colon + 1);
  const empty = EMPTY_AFTER_COLON.exec(rest)![0];
  // Only a comment (or nothing) may follow the empty value on the line.
  if (!/^(?:[ \t]+#.*|[ \t]*)$/.test(rest.slice(empty.length))) return undefined;
  const at = (character: number) => ({ line: ks.line, character });
  const newText = children.map((c) => eol + lead[1] + c).join('');
  return { range: { start: at(colon + 1), end: at(colon + 1 + empty.length) }, newText };
}

/**
 * The edits that add top-level keys with their children to a block: `yamlLines` are groups of a
 * `key:` line followed by its indented lines. A key that is already there with an empty value
 * gets its value replaced (never a second, duplicate key); a key with a value is left alone; the
 * other groups are appended at the end of the block.
 */
export function addKeysToBlock(doc: DpiaDocument, block: Block, yamlLines: string[], eol: string): TextEdit[] {
  const groups: string[][] = [];
  for (const l of yamlLines) {
    if (/^\S/.test(l) || !groups.length) groups.push([l]);
    else groups[groups.length - 1].push(l);
  }
  const edits: TextEdit[] = [];
  const append: string[] = [];
  const value = block.value as Record<string, unknown> | undefined;
  for (const g of groups) {
    const key = /^([^\s:#][^:#]*):$/.exec(g[0])?.[1];
    if (key === undefined || !value || !Object.prototype.hasOwnProperty.call(value, key)) {
      append.push(...g);
      continue;
    }
    const edit = replaceEmptyValue(doc, block, key, g.slice(1), eol);
    if (edit) edits.push(edit);
  }
  if (append.length) edits.push(appendToBlock(doc, block, append, eol));
  return edits;
}
