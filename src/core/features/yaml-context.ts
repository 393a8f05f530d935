import type { Block, DpiaDocument, YamlSection } from '../model/document';
import type { Position } from '../text/lines';

/** Where the cursor is inside a YAML section, worked out from the lines (the YAML may not parse while typing). */
export interface YamlContext {
  section: YamlSection;
  /** Keys (and list indices as numbers) of the mapping or list that holds the cursor's line. */
  parent: (string | number)[];
  /** The line is a list item ("- …"). */
  listItem: boolean;
  /** The key on the cursor's line, when the cursor is after "key:". */
  key?: string;
  /** Text typed so far for the key or value under completion. */
  prefix: string;
  /** Completing a value (after "key:" or after "- "), or a key. */
  kind: 'key' | 'value';
}

/** The block or front matter that contains a document line (content lines only). */
export function sectionAt(doc: DpiaDocument, line: number): YamlSection | undefined {
  const fm = doc.frontMatter;
  if (fm && line > 0 && line < fm.span.closeLine) return fm;
  return doc.blocks.find((b) => line > b.fence.openLine && line < (b.fence.closeLine ?? doc.lines.length));
}

export function blockAtLine(doc: DpiaDocument, line: number): Block | undefined {
  return doc.blocks.find((b) => line >= b.range.start.line && line <= b.range.end.line);
}

/**
 * Editors (and LSP) end lines at CR and LF only, but JavaScript's `.` and `$` also stop at U+2028
 * and U+2029: the patterns below would then backtrack over the whole line, for every line walked
 * (cubic time). Inside a line they are text: seen here as spaces (same length, same columns).
 */
const lineText = (s: string) => (/[\u2028\u2029]/.test(s) ? s.replace(/[\u2028\u2029]/g, ' ') : s);

function indentOf(s: string): number {
  return s.length - s.trimStart().length;
}

interface LineShape {
  ind: number;
  dash: boolean;
  key?: string;
  /** A key that opens a nested mapping or list (nothing, or a block-scalar indicator, after the colon). */
  opens: boolean;
}

function shape(t: string): LineShape {
  const m = /^(\s*)(-\s+)?(?:([\w-]+):(?:\s+(.*))?\s*$)?/.exec(t)!;
  // The value without a trailing comment (found with a search: /\s+#.*$/ backtracks quadratically on long runs of spaces).
  const value = m[4] ?? '';
  const hash = value.search(/\s#/);
  const rest = hash < 0 ? value : value.slice(0, hash).trimEnd();
  return { ind: m[1].length, dash: Boolean(m[2]), key: m[3], opens: Boolean(m[3]) && (rest === '' || /^[>|]/.test(rest)) };
}

export function yamlContext(doc: DpiaDocument, pos: Position): YamlContext | undefined {
  const section = sectionAt(doc, pos.line);
  if (!section) return undefined;
  const first = section.kind === 'frontmatter' ? 1 : section.fence.contentStart;
  const strip = (ln: number) => {
    const removed = section.kind === 'frontmatter' ? 0 : (section.fence.removed[ln - first] ?? 0);
    const text = lineText(doc.lines[ln].text);
    return text.slice(Math.max(0, Math.min(removed, indentOf(text))));
  };
  const full = doc.lines[pos.line].text;
  const raw = strip(pos.line);
  const before = raw.slice(0, Math.max(0, pos.character - (full.length - raw.length)));
  const item = /^(\s*)-\s+/.exec(before);
  const listItem = Boolean(item);
  const body = item ? before.slice(item[0].length) : before.trimStart();
  const keyValue = /^([\w-]+):\s*(.*)$/.exec(body);

  // Walk upwards from the cursor's entry to find the keys (and list items) that enclose it.
  const parent: (string | number)[] = [];
  let col = item ? item[1].length : indentOf(before);
  let listOwner = false; // looking for the key that owns the list at column `col`
  if (item && keyValue) {
    parent.push(0); // "- key: value": the key belongs to the item's mapping
    listOwner = true;
  } else if (item) {
    listOwner = true;
  }
  for (let ln = pos.line - 1; ln >= first && (col > 0 || listOwner); ln--) {
    const t = strip(ln);
    if (!t.trim() || t.trimStart().startsWith('#')) continue;
    const l = shape(t);
    if (listOwner) {
      if (l.dash && l.ind === col) continue; // a sibling item
      if (!l.dash && l.key && l.opens && l.ind <= col) {
        parent.unshift(l.key);
        col = l.ind;
        listOwner = false;
      }
      continue;
    }
    if (l.dash && l.ind < col) {
      parent.unshift(0); // inside a list item's mapping
      col = l.ind;
      listOwner = true;
    } else if (!l.dash && l.key && l.opens && l.ind < col) {
      parent.unshift(l.key);
      col = l.ind;
    }
  }
  if (item && !keyValue) return { section, parent, listItem, prefix: body, kind: 'value' };
  if (keyValue) return { section, parent, listItem, key: keyValue[1], prefix: keyValue[2], kind: 'value' };
  return { section, parent, listItem, prefix: body, kind: 'key' };
}
