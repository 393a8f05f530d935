/** How an HTML block (CommonMark §4.6) ends: at a line matching a pattern, or at a blank line. */
export type HtmlEnd = { kind: 'pattern'; pattern: RegExp } | { kind: 'blank' };

const BLOCK_TAGS = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link ' +
    'main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'
  ).split(' '),
);

const ATTR = String.raw`(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?)`;
const OPEN_TAG = new RegExp(String.raw`^<[A-Za-z][A-Za-z0-9-]*${ATTR}*\s*/?>\s*$`);
const CLOSE_TAG = /^<\/[A-Za-z][A-Za-z0-9-]*\s*>\s*$/;

/**
 * Whether `body` (a line without its indentation, indented at most 3 columns)
 * starts an HTML block, and how that block ends. Type 7 cannot interrupt a paragraph.
 */
export function htmlBlockStart(body: string, inParagraph: boolean): HtmlEnd | null {
  if (body[0] !== '<') return null;
  if (/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(body)) {
    return { kind: 'pattern', pattern: /<\/(?:script|pre|style|textarea)>/i };
  }
  if (body.startsWith('<!--')) return { kind: 'pattern', pattern: /-->/ };
  if (body.startsWith('<?')) return { kind: 'pattern', pattern: /\?>/ };
  if (body.startsWith('<![CDATA[')) return { kind: 'pattern', pattern: /\]\]>/ };
  if (/^<![A-Za-z]/.test(body)) return { kind: 'pattern', pattern: />/ };
  const tag = body.match(/^<\/?([A-Za-z][A-Za-z0-9-]*)(?:[\s>]|\/>|$)/);
  if (tag && BLOCK_TAGS.has(tag[1].toLowerCase())) return { kind: 'blank' };
  // Type 7; an opening raw tag (script, pre, style, textarea) was type 1 above, and a closing one
  // counts here, as in commonmark.js and micromark.
  if (!inParagraph && (OPEN_TAG.test(body) || CLOSE_TAG.test(body))) return { kind: 'blank' };
  return null;
}
