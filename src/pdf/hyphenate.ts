// A word wider than its column is cut by pdfmake where it stops fitting ("Beheerorga|nisatie", issue
// 17 §1b). This replaces pdfmake's line builder (pdfmake 0.3, LayoutBuilder.buildNextLine) with the
// same algorithm plus two rules of typesetting: a cut between two letters ends the line with a hyphen
// ("Beheerorga-" / "nisatie"), and a cut never splits a code point (a surrogate pair). Cuts in URLs,
// ids, paths and numbers stay without a hyphen, which would change what is read. Only words that cannot fit
// a line on their own are cut; all other breaks stay at spaces and after "-" and "/".
// Tested in test/unit/render/pdf-layout.process.test.ts (the rendered text read back with poppler).
import LayoutBuilder from 'pdfmake/js/LayoutBuilder';
import Line from 'pdfmake/js/Line';
import TextInlines from 'pdfmake/js/TextInlines';

interface Inline {
  text: string;
  width: number;
  noWrap?: boolean;
  noNewLine?: boolean;
  trailingCut?: number;
}
interface TextNode {
  _inlines?: Inline[];
}
interface LineLike {
  hasEnoughSpaceForInline(inline: Inline, next: Inline[]): boolean;
  getAvailableWidth(): number;
  addInline(inline: Inline): void;
  lastLineInParagraph: boolean;
}
interface Builder {
  writer: { context(): { availableWidth: number } };
}

const LETTER = /\p{L}/u;
/** A word of letters (with inner hyphens or apostrophes), maybe with punctuation around it: not a URL, id, number or path. */
const WORD = /^[\p{P}\s]*\p{L}+(?:['’-]\p{L}+)*[\p{P}\s]*$/u;
const HYPHEN = '-';

/** The longest prefix length of `text` whose width fits `max` (at least 1), never inside a surrogate pair. */
function fitLength(text: string, max: number, width: (s: string) => number, suffix = ''): number {
  let low = 1;
  let high = text.length;
  let best = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (width(text.slice(0, mid) + suffix) <= max) {
      best = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return best;
}

function noSplitPair(text: string, n: number): number {
  const c = text.charCodeAt(n - 1);
  return n > 1 && n < text.length && c >= 0xd800 && c <= 0xdbff ? n - 1 : n;
}

/** Where to cut an inline that is wider than the line: [length of the first part, hyphen?]. */
export function cutPoint(text: string, max: number, width: (s: string) => number): [number, boolean] {
  const plain = noSplitPair(text, Math.max(1, fitLength(text, max, width)));
  if (plain >= text.length || !WORD.test(text)) return [plain, false];
  // In a word: the last place that fits with its hyphen, between two letters, with at least two
  // letters on either side (punctuation or a space after the word does not count as a letter).
  const end = text.replace(/[\p{P}\s]+$/u, '').length;
  const ok = (k: number) => LETTER.test(text[k - 2] ?? '') && LETTER.test(text[k - 1]) && LETTER.test(text[k]) && LETTER.test(text[k + 1] ?? '');
  for (let k = Math.min(fitLength(text, max, width, HYPHEN), end - 2); k >= 2; k--) if (ok(k)) return [noSplitPair(text, k), true];
  return [plain, false];
}

function buildNextLine(this: Builder, textNode: TextNode): LineLike | null {
  if (!textNode._inlines || textNode._inlines.length === 0) return null;
  const line = new (Line as unknown as new (w: number) => LineLike)(this.writer.context().availableWidth);
  const measure = new (TextInlines as unknown as new (x: null) => { widthOfText(t: string, i: Inline): number })(null);
  let forceContinue = false;
  while (textNode._inlines.length > 0 && (line.hasEnoughSpaceForInline(textNode._inlines[0], textNode._inlines.slice(1)) || forceContinue)) {
    let hardWrap = false;
    const inline = textNode._inlines.shift()!;
    if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
      const [n, hyphen] = cutPoint(inline.text, line.getAvailableWidth(), (t) => measure.widthOfText(t, inline));
      if (n < inline.text.length) {
        const rest: Inline = Object.assign(Object.create(Object.getPrototypeOf(inline)) as Inline, inline);
        rest.text = inline.text.slice(n);
        inline.text = inline.text.slice(0, n) + (hyphen ? HYPHEN : '');
        rest.width = measure.widthOfText(rest.text, rest);
        inline.width = measure.widthOfText(inline.text, inline);
        inline.trailingCut = 0;
        textNode._inlines.unshift(rest);
        hardWrap = true;
      }
    }
    line.addInline(inline);
    forceContinue = !!inline.noNewLine && !hardWrap;
  }
  line.lastLineInParagraph = textNode._inlines.length === 0;
  return line;
}

let installed = false;

/** Installs the hyphenating line builder into pdfmake (once). */
export function installHyphenation(): void {
  if (installed) return;
  const proto = (LayoutBuilder as unknown as { prototype: { buildNextLine: unknown } }).prototype;
  if (typeof proto.buildNextLine !== 'function') throw new Error('pdfmake changed: LayoutBuilder.buildNextLine is missing (src/pdf/hyphenate.ts)');
  proto.buildNextLine = buildNextLine;
  installed = true;
}
