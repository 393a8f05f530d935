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
    // No padding to the widest cell: one long mitigations cell would otherwise make every row hundreds of
    // characters wide in the source. Each row is as long as its own cells (the freshness check ignores spacing).
    (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown({ tablePipeAlign: false }));
  })
  .use(remarkStringify);

export function stringifyMarkdown(root: Root): string {
  return processor.stringify(root);
}
