import type { Block, DpiaDocument } from './document';
import type { TextEdit } from '../diagnostics';
import { appendToBlock, isEmptyValue, keyIndent, replaceEmptyValue } from './block-edits';
import { dominantEol } from '../text/lines';
import { applyEdits } from '../edits/apply';
import { parseDocument } from './document';
import { ParseCache } from '../parse/block-source';

/**
 * The edit that adds a measure to a risk's `mitigations`: a new item after the last one (block
 * lists), the id before the closing bracket (flow lists, `[a, b]`, `[]`, over several lines too),
 * a list in place of an empty value (`mitigations:`, `mitigations: ~`), or a new `mitigations`
 * list at the end of the block. Undefined when the risk is not found or no safe edit exists; every
 * edit is checked by parsing the result (the risk must then list the measure, one item more).
 */
export function addMitigationEdit(doc: DpiaDocument, riskId: string, measureId: string): TextEdit | undefined {
  const block = doc.blocks.find((b) => b.kind === 'risk' && b.id === riskId);
  return block && addMitigationToBlock(doc, block, measureId);
}

/** `addMitigationEdit` for a given risk block (ids may repeat); `item` is YAML for one list item (an id, or `{ text: … }`). */
export function addMitigationToBlock(doc: DpiaDocument, block: Block, item: string): TextEdit | undefined {
  if (!block.value) return undefined;
  const edit = candidate(doc, block, item);
  return edit && adds(doc, block, edit) ? edit : undefined;
}

function candidate(doc: DpiaDocument, block: Block, measureId: string): TextEdit | undefined {
  const eol = dominantEol(doc.text);
  const value = block.value!;
  if (!Object.prototype.hasOwnProperty.call(value, 'mitigations')) return appendToBlock(doc, block, ['mitigations:', `  - ${measureId}`], eol);
  const list = value.mitigations;
  const loc = block.parsed.yaml.locations.get('/mitigations');
  const yaml = block.parsed.text;
  if (loc && yaml[loc.start] === '[') {
    const close = flowClose(yaml, loc.start);
    if (!close) return undefined;
    const at = block.map.position(close.insertAt);
    const sep = close.needsComma ? ', ' : yaml[close.insertAt - 1] === ',' ? ' ' : '';
    return { range: { start: at, end: at }, newText: sep + measureId };
  }
  if (isEmptyValue(list)) return replaceEmptyValue(doc, block, 'mitigations', [`  - ${measureId}`], eol);
  if (!Array.isArray(list) || !loc) return undefined;
  // Block list: a new item line after the last item, at the same indentation as the first item.
  const end = block.map.position(loc.end);
  const lineText = doc.lines[end.line].text;
  const first = block.parsed.yaml.locations.get('/mitigations/0');
  const firstPos = first ? block.map.position(first.start) : undefined;
  const itemLine = firstPos ? doc.lines[firstPos.line].text : `${keyIndent(block)}  - `;
  const dash = /^(\s*)-\s*/.exec(itemLine)?.[1] ?? `${keyIndent(block)}  `;
  const at = { line: end.line, character: lineText.length };
  return { range: { start: at, end: at }, newText: `${eol}${dash}- ${measureId}` };
}

/**
 * Finds the closing bracket of the flow sequence opening at `open` (quotes, nested brackets and
 * comments skipped). `insertAt` is just after the last item (or after `[` when empty); a comma is
 * needed unless the text there already ends with one. Linear in the text scanned.
 */
export function flowClose(text: string, open: number): { insertAt: number; needsComma: boolean } | undefined {
  let depth = 0;
  let last = open; // offset of the last significant character
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (c === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) return undefined;
      i = nl;
      continue;
    }
    const prev = text[last];
    if ((c === '"' || c === "'") && '[{,:'.includes(prev)) {
      i = c === '"' ? endOfDouble(text, i) : endOfSingle(text, i);
      if (i < 0) return undefined;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        if (c !== ']') return undefined;
        return { insertAt: last + 1, needsComma: text[last] !== ',' && text[last] !== '[' };
      }
    }
    last = i;
  }
  return undefined;
}

function endOfDouble(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j;
  }
  return -1;
}

function endOfSingle(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === "'") {
      if (text[j + 1] === "'") j++;
      else return j;
    }
  }
  return -1;
}

/** The edit, applied, leaves the risk parsing, with one mitigation more. */
function adds(doc: DpiaDocument, block: Block, edit: TextEdit): boolean {
  const before = Array.isArray(block.value?.mitigations) ? (block.value!.mitigations as unknown[]).length : 0;
  const after = parseDocument(doc.uri, applyEdits(doc.text, [edit]), new ParseCache());
  const index = doc.blocks.indexOf(block);
  const b = after.blocks[index];
  const list = b?.value?.mitigations;
  return b?.kind === 'risk' && b.id === block.id && !b.parsed.yaml.error && Array.isArray(list) && list.length === before + 1;
}

/** The risk block that holds a document line (its fences included), or undefined. */
export function riskAtLine(doc: DpiaDocument, line: number): Block | undefined {
  return doc.blocks.find((b) => b.kind === 'risk' && line >= b.range.start.line && line <= b.range.end.line);
}

/**
 * "Insert measure" at the cursor: the measure goes into the `mitigations` list of the risk at the
 * cursor's line, wherever on its lines the cursor is (after the last item with the list's
 * indentation, inside a flow list's brackets, in place of an empty value, or a new list at the
 * end of the block), never in the middle of a line of text. The same edit for every position in
 * the block. Undefined outside a risk block or when no safe edit exists (the YAML does not parse).
 */
export function insertMeasureAt(doc: DpiaDocument, line: number, measureId: string): TextEdit | undefined {
  const block = riskAtLine(doc, line);
  return block && addMitigationToBlock(doc, block, measureId);
}

/** An id for a new measure of a risk that no block, catalogue or mitigation uses yet: `M-R1-1`, `M-R1-2`, … */
export function newMeasureId(riskId: string | undefined, taken: (id: string) => boolean): string {
  const base = `M-${(riskId ?? 'NEW').replace(/[^A-Za-z0-9-]/g, '-')}`;
  let n = 1;
  while (taken(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * "Write a new measure…": a `measure` block skeleton after the risk block (title, party and status
 * with valid placeholder values) and a reference to it in the risk's `mitigations`. Undefined when
 * the risk is not closed or its mitigations cannot be edited safely. `titleLine` is the document
 * line of the new block's `title:` after the edits are applied (for the editor to select it).
 */
export function newMeasureEdits(doc: DpiaDocument, block: Block, id: string, title: string): { edits: TextEdit[]; titleLine: number } | undefined {
  const close = block.fence.closeLine;
  if (close === null) return undefined;
  const add = addMitigationToBlock(doc, block, id);
  if (!add) return undefined;
  const eol = dominantEol(doc.text);
  const indent = keyIndent(block);
  const open = /^(`{3,}|~{3,})/.exec(doc.lines[close].text.trim())?.[1] ?? '```';
  const lines = ['', `${indent}${open}measure`, `${indent}id: ${id}`, `${indent}title: ${title}`, `${indent}party: organisation`, `${indent}status: planned`, `${indent}${open}`];
  const end = { line: close, character: doc.lines[close].text.length };
  const added = add.newText.split(/\r?\n/).length - 1 - (add.range.end.line - add.range.start.line);
  return { edits: [add, { range: { start: end, end }, newText: lines.map((l) => eol + l).join('') }], titleLine: close + added + 4 };
}
