import type { DpiaDocument } from '../model/document';
import type { TextEdit } from '../diagnostics';
import { appendToBlock, keyIndent } from '../rules/edits';
import { dominantEol } from '../text/lines';

/**
 * The edit that adds a measure to a risk's `mitigations`: a new item after the last one
 * (block lists), or a new `mitigations` list at the end of the block. Undefined when the risk
 * is not found or its list is written in flow style (`[a, b]`), which is extended in place.
 */
export function addMitigationEdit(doc: DpiaDocument, riskId: string, measureId: string): TextEdit | undefined {
  const block = doc.blocks.find((b) => b.kind === 'risk' && b.id === riskId);
  if (!block) return undefined;
  const eol = dominantEol(doc.text);
  const loc = block.parsed.yaml.locations.get('/mitigations');
  const list = block.value?.mitigations;
  if (!loc || !Array.isArray(list)) return appendToBlock(doc, block, ['mitigations:', `  - ${measureId}`], eol);
  const end = block.map.position(loc.end);
  const lineText = doc.lines[end.line].text;
  if (lineText.slice(0, end.character).trimEnd().endsWith(']') || (list.length === 0 && /\[\s*\]/.test(lineText))) {
    // Flow list: insert before the closing bracket.
    const close = lineText.lastIndexOf(']', end.character);
    const sep = list.length ? ', ' : '';
    return { range: { start: { line: end.line, character: close }, end: { line: end.line, character: close } }, newText: sep + measureId };
  }
  // Block list: a new item line after the last item, at the same indentation as the first item.
  const first = block.parsed.yaml.locations.get('/mitigations/0');
  const firstPos = first ? block.map.position(first.start) : undefined;
  const itemLine = firstPos ? doc.lines[firstPos.line].text : `${keyIndent(block)}  - `;
  const dash = /^(\s*)-\s*/.exec(itemLine)?.[1] ?? `${keyIndent(block)}  `;
  const at = { line: end.line, character: lineText.length };
  return { range: { start: at, end: at }, newText: `${eol}${dash}- ${measureId}` };
}
