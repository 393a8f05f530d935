import type { TextEdit } from '../diagnostics';
import type { Block, DpiaDocument } from '../model/document';
import type { RetiredAcceptance } from '../model/retired';
import type { Lang } from '../i18n/lang';
import { pick } from '../i18n/lang';
import { appendToBlock } from '../model/block-edits';

/**
 * The edit that removes item `index` of a block's top-level list `key`: the item's whole lines in
 * a block list (the key too when it is the only item), or the item and one separator in a flow list.
 */
export function removeListItem(doc: DpiaDocument, block: Block, key: string, index: number): TextEdit | undefined {
  const locs = block.parsed.yaml.locations;
  const list = block.value?.[key];
  const item = locs.get(`/${key}/${index}`);
  const whole = locs.get(`/${key}`);
  if (!Array.isArray(list) || !item || !whole) return undefined;
  const start = block.map.position(item.start);
  const end = block.map.position(item.end);
  const before = doc.lines[start.line].text.slice(0, start.character);
  if (/^\s*-\s*$/.test(before)) {
    // Block list: whole lines, from the dash line to the item's last line.
    let last = end.line;
    if (end.character === 0 && last > start.line) last--;
    const from = list.length === 1 && whole.keyStart !== undefined ? block.map.position(whole.keyStart).line : start.line;
    return { range: { start: { line: from, character: 0 }, end: { line: last + 1, character: 0 } }, newText: '' };
  }
  // Flow list: up to the next item, or from the end of the previous one.
  const next = locs.get(`/${key}/${index + 1}`);
  const prev = locs.get(`/${key}/${index - 1}`);
  if (next) return { range: { start, end: block.map.position(next.start) }, newText: '' };
  if (prev) return { range: { start: block.map.position(prev.end), end }, newText: '' };
  return { range: { start, end }, newText: '' };
}

/** YAML lines of an `acceptance` skeleton for a retired acceptance id, prefilled from its source. */
export function acceptanceLines(r: RetiredAcceptance, lang: Lang): string[] {
  const lines = ['acceptance:', '  by: ', '  date: '];
  if (r.until) lines.push(`  until: ${r.until}`);
  lines.push(`  rationale: ${r.rationale ? JSON.stringify(pick(r.rationale, lang)) : ''}`);
  return lines;
}

/** Edits that turn a mitigation referring to a retired acceptance into the risk's `acceptance` (never a second `acceptance` key). */
export function acceptanceFix(doc: DpiaDocument, block: Block, index: number, r: RetiredAcceptance, lang: Lang, eol: string): TextEdit[] {
  const remove = removeListItem(doc, block, 'mitigations', index);
  const edits = remove ? [remove] : [];
  if (block.value?.acceptance === undefined) edits.push(appendToBlock(doc, block, acceptanceLines(r, lang), eol));
  return edits;
}
