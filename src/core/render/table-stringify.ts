// Markdown for the risk table: remark-stringify with GFM's table serialiser only (remark-gfm would
// also load GFM's parser extensions, which stringifying never uses). Loaded on first use by table.ts;
// the extension keeps it in a file apart.
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { Root } from 'mdast';

const processor = unified()
  .use(function gfmTables() {
    const data = this.data();
    (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
  })
  .use(remarkStringify);

export function stringifyMarkdown(root: Root): string {
  return processor.stringify(root);
}
