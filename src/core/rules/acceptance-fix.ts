import type { TextEdit } from '../diagnostics';
import type { Block, DpiaDocument } from '../model/document';
import type { RetiredAcceptance } from '../model/retired';
import type { Lang } from '../i18n/lang';
import { pick } from '../i18n/lang';
import { appendToBlock } from '../model/block-edits';
import { snippetEscape } from '../text/snippet';

/**
 * The edit that removes item `index` of a block's top-level list `key`: the item's whole lines in
 * a block list (the key too when it is the only item), or the item and one separator in a flow list.
 */
export function removeListItem(doc: DpiaDocument, block: Block, key: string, index: number): TextEdit | undefined {
  const locs = block.parsed.yaml.locations;
  const list = block.value?.[key];
  const item = locs.get(`/${key}/${index}`);
  const whole = locs.get(`/${key}`);
  if (!Array.isArray(list) || !item || !whole) return undefined;
  const start = block.map.position(item.start);
  const end = block.map.position(item.end);
  const before = doc.lines[start.line].text.slice(0, start.character);
  if (/^\s*-\s*$/.test(before)) {
    // Block list: whole lines, from the dash line to the item's last line.
    let last = end.line;
    if (end.character === 0 && last > start.line) last--;
    const from = list.length === 1 && whole.keyStart !== undefined ? block.map.position(whole.keyStart).line : start.line;
    return { range: { start: { line: from, character: 0 }, end: { line: last + 1, character: 0 } }, newText: '' };
  }
  // Flow list: up to the next item, or from the end of the previous one.
  const next = locs.get(`/${key}/${index + 1}`);
  const prev = locs.get(`/${key}/${index - 1}`);
  if (next) return { range: { start, end: block.map.position(next.start) }, newText: '' };
  if (prev) return { range: { start: block.map.position(prev.end), end }, newText: '' };
  return { range: { start, end }, newText: '' };
}

/** Placeholder texts of the skeletons, in the document's language. */
const HINT = {
  by: { en: 'name and role', nl: 'naam en functie' },
  rationale: { en: 'why the residual risk is accepted', nl: 'waarom het restrisico wordt geaccepteerd' },
  // A Dutch document answers to the Dutch authority; otherwise the user names it.
  authority: { en: 'supervisory authority', nl: 'Autoriteit Persoonsgegevens' },
  reference: { en: 'case reference', nl: 'kenmerk' },
};

/** Snippet variables for the editor's date of today. */
const TODAY_VARIABLES = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';

/** The same date one year later (29 February becomes 28 February). */
function yearLater(iso: string): string {
  const y = Number(iso.slice(0, 4)) + 1;
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${String(y).padStart(4, '0')}-${md}`;
}

/**
 * Snippet lines (see `Fix.snippet`) of an `acceptance` skeleton, tab stops from `tab`: every
 * placeholder's default is valid (the date is today), so the block follows its schema before the
 * user has filled anything in. `until` and `rationale` are prefilled when given.
 */
export function acceptanceSnippetLines(lang: Lang, today: string | undefined, tab = 1, given: { until?: string; rationale?: string } = {}): string[] {
  const t = (n: number, text: string) => `\${${tab + n}:${snippetEscape(text)}}`;
  // Without a date from the analysis, the editor fills in its own today (snippet variables).
  const date = today === undefined ? `\${${tab + 1}:${TODAY_VARIABLES}}` : t(1, today);
  const until = given.until ?? (today === undefined ? undefined : yearLater(today));
  return [
    'acceptance:',
    `  by: ${t(0, pick(HINT.by, lang))}`,
    `  date: ${date}`,
    ...(until === undefined ? [] : [`  until: ${t(2, until)}`]),
    `  rationale: ${given.rationale !== undefined ? snippetEscape(JSON.stringify(given.rationale)) : t(3, pick(HINT.rationale, lang))}`,
  ];
}

/**
 * Snippet lines of a prior `consultation` skeleton (GDPR Art. 36), tab stops from `tab`. The
 * authority fits the document: the Autoriteit Persoonsgegevens in a Dutch document, a placeholder
 * otherwise; `outcome` is a choice with `pending` first; the date defaults to today.
 */
export function consultationSnippetLines(lang: Lang, today: string, tab = 1): string[] {
  const authority = pick(HINT.authority, lang);
  return [
    'consultation:',
    `  authority: \${${tab}:${authority}}`,
    `  date: \${${tab + 1}:${today}}`,
    `  outcome: \${${tab + 2}|pending,advice-received,no-objection,objection|}`,
    `  reference: \${${tab + 3}:${pick(HINT.reference, lang)}}`,
  ];
}

/** Edits (a snippet) that turn a mitigation referring to a retired acceptance into the risk's `acceptance` (never a second `acceptance` key). */
export function acceptanceFix(doc: DpiaDocument, block: Block, index: number, r: RetiredAcceptance, lang: Lang, eol: string): TextEdit[] {
  const remove = removeListItem(doc, block, 'mitigations', index);
  const edits = remove ? [remove] : [];
  const lines = acceptanceSnippetLines(lang, undefined, 1, { until: r.until, rationale: r.rationale ? pick(r.rationale, lang) : undefined });
  if (block.value?.acceptance === undefined) edits.push(appendToBlock(doc, block, lines, eol));
  return edits;
}
