import type { TextEdit } from '../diagnostics';
/**
 * Snippet text in VS Code / LSP syntax (tab stops `$1`, placeholders `${1:text}`, choices
 * `${1|a,b|}`), as carried by fixes marked `snippet` (see `Fix.snippet` in ../diagnostics.ts).
 */

/** Text shown literally inside a snippet: `$`, `}` and `\` are escaped. */
export function snippetEscape(s: string): string {
  return s.replace(/[$}\\]/g, '\\$&');
}

/** Text inside a choice `${1|a,b|}`: `,` and `|` are escaped too. */
export function snippetChoiceEscape(s: string): string {
  return s.replace(/[$}\\,|]/g, '\\$&');
}

/**
 * The text a snippet inserts when every placeholder keeps its default (a choice: its first
 * option; a bare tab stop: nothing); with `today`, the date variables become that date. Linear in
 * the snippet's length; other `$` forms are kept as written.
 */
export function snippetPlainText(snippet: string, today?: string): string {
  const vars: Record<string, string> = today ? { CURRENT_YEAR: today.slice(0, 4), CURRENT_MONTH: today.slice(5, 7), CURRENT_DATE: today.slice(8, 10) } : {};
  let i = 0;
  const s = snippet;
  // Reads until one of `stops` (unescaped) at nesting depth 0; returns the text.
  function read(stops: string): string {
    let out = '';
    while (i < s.length) {
      const c = s[i];
      if (c === '\\' && i + 1 < s.length && '$}\\,|'.includes(s[i + 1])) {
        out += s[i + 1];
        i += 2;
      } else if (stops.includes(c)) {
        return out;
      } else if (c === '$') {
        out += dollar();
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }
  function dollar(): string {
    const tab = /^\$(\d+)/.exec(s.slice(i, i + 12));
    if (tab) {
      i += tab[0].length;
      return '';
    }
    const variable = /^\$([A-Z_]+)/.exec(s.slice(i, i + 40));
    if (variable && vars[variable[1]] !== undefined) {
      i += variable[0].length;
      return vars[variable[1]];
    }
    const open = /^\$\{(\d+)([:|])?/.exec(s.slice(i, i + 14));
    if (!open) {
      i++;
      return '$';
    }
    i += open[0].length;
    if (!open[2]) {
      if (s[i] === '}') i++;
      return '';
    }
    if (open[2] === ':') {
      const text = read('}');
      i++; // the closing brace
      return text;
    }
    const first = read(',|');
    // Skip the other options up to "|}".
    while (i < s.length && !(s[i] === '|' && s[i + 1] === '}')) i += s[i] === '\\' ? 2 : 1;
    i += 2;
    return first;
  }
  return read('');
}

/**
 * A fix's edits as plain text: a `snippet` fix's placeholders keep their defaults; the date
 * variables (`$CURRENT_YEAR`, `$CURRENT_MONTH`, `$CURRENT_DATE`) become `today` when given.
 */
export function plainEdits(fix: { edits: readonly TextEdit[]; snippet?: boolean }, today?: string): TextEdit[] {
  return fix.snippet ? fix.edits.map((e) => ({ range: e.range, newText: snippetPlainText(e.newText, today) })) : [...fix.edits];
}
