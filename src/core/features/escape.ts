// Document text shown by editor features (hover, completion, CodeLens) is text, never markup: a
// risk title with `![p](https://attacker.example/x.png)` must not make the editor fetch anything.

/** Line breaks of every kind, as editors and JavaScript see them (CR, LF, CRLF, NEL, U+2028/9). */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** C0 and C1 control characters (except tab and line feed), and bidirectional overrides/isolates. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Every ASCII punctuation character may be backslash-escaped in CommonMark (and in marked, which VS Code uses). */
const MD_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/**
 * Escapes text for a Markdown context so that it renders as exactly that text: no emphasis,
 * links, images, autolinks (`https\://…`, `www\.…`, `a\@b`), raw HTML, entities or code. Line
 * breaks stay line breaks (as hard breaks); control characters become U+FFFD.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAK, '\n')
    .replace(CONTROL, '\uFFFD')
    .replace(MD_PUNCTUATION, (c) => '\\' + c)
    .split('\n')
    // Leading spaces would make indented code (harmless, but not the text): keep them as
    // non-breaking spaces; a line break inside a paragraph becomes a visible hard break.
    .map((l) => l.replace(/^[ \t]+/, (s) => '\u00a0'.repeat(s.length)))
    .join('  \n');
}

/** Text for a one-line plain-text context (CodeLens title, completion detail): no line breaks or control characters. */
export function plainText(text: string): string {
  return text.replace(LINE_BREAK, ' ').replace(CONTROL, '\uFFFD');
}

/** `escapeMarkdown` for a value that may not be a string (numbers, booleans from YAML). */
export function md(value: unknown): string {
  return escapeMarkdown(value === undefined || value === null ? '' : String(value));
}
