import type { Block } from '../model/document';
import type { TextEdit } from '../diagnostics';
import type { DpiaDocument } from '../model/document';

/** Column of the block's top-level keys (the fence's indentation). */
export function keyIndent(block: Block): string {
  return ' '.repeat(block.fence.removed[0] ?? 0);
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
