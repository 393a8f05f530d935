// Block skeletons (snippets/blocks.code-snippets) as completions outside blocks, as the VS Code extension offers them.
import { readFileSync } from 'node:fs';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver-protocol';
import type { DpiaDocument } from '../core/index';

interface SnippetJson {
  prefix: string[];
  body: string[];
  description: string;
}

/** Whether a line is outside every fenced block and the front matter. */
export function outsideBlocks(doc: DpiaDocument, line: number): boolean {
  return !doc.blocks.some((b) => line >= b.range.start.line && line <= b.range.end.line) && !(doc.frontMatter && line <= doc.frontMatter.span.closeLine);
}

/** The skeleton completions of a snippets file (none when it cannot be read), replacing the word typed on the line. */
export function blockSkeletons(file: string): (position: Position, line: string) => CompletionItem[] {
  let data: Record<string, SnippetJson> = {};
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    data = {};
  }
  const entries = Object.entries(data).filter(([, s]) => Array.isArray(s?.prefix) && Array.isArray(s?.body));
  return (position, line) => {
    const typed = /\w*$/.exec(line)![0].length;
    const range = { start: { line: position.line, character: position.character - typed }, end: position };
    return entries.map(([name, s]) => ({
      label: s.prefix[0],
      labelDetails: { description: name },
      kind: CompletionItemKind.Snippet,
      detail: s.description,
      documentation: { kind: MarkupKind.Markdown, value: '```markdown\n' + s.body.join('\n').replace(/\$\{\d+[:|]([^}|]*)[^}]*\}/g, '$1').replace(/\$\d/g, '') + '\n```' },
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: s.body.join('\n') },
    }));
  };
}
