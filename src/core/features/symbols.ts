import type { BlockKind, DpiaDocument } from '../model/document';
import type { Range } from '../text/lines';
import { assessRisk } from '../model/assess';
import type { Analysis } from '../environment';
import { pick } from '../i18n/lang';
import { partDetail } from './symbols-parts';

export interface DocumentSymbol {
  name: string;
  detail: string;
  kind: 'heading' | BlockKind;
  range: Range;
  selectionRange: Range;
  /** Headings hold the sub-headings and blocks under them: the outline is one tree. */
  children: DocumentSymbol[];
}

const KIND_NL: Record<BlockKind, string> = { risk: 'risico', measure: 'maatregel', transfer: 'doorgifte', data: 'gegevens', processing: 'verwerking', purpose: 'doel', prescan: 'pre-scan' };


const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * The outline as one tree: the Markdown headings (outside fenced blocks and front matter), each
 * holding its sub-headings and the risk, measure and transfer blocks under it; blocks before the
 * first heading sit at the top.
 */
export function documentSymbols(analysis: Pick<Analysis, 'document' | 'environment'>): DocumentSymbol[] {
  const { document: doc } = analysis;
  const blocks = blockSymbols(analysis);
  const skip = new Set<number>();
  if (doc.frontMatter) for (let l = 0; l <= doc.frontMatter.span.closeLine; l++) skip.add(l);
  for (const f of doc.fences) for (let l = f.openLine; l <= (f.closeLine ?? doc.lines.length - 1); l++) skip.add(l);
  const roots: DocumentSymbol[] = [];
  const stack: { level: number; sym: DocumentSymbol }[] = [];
  const lastLine = Math.max(0, doc.lines.length - 1);
  const close = (level: number, line: number) => {
    while (stack.length && stack[stack.length - 1].level >= level) {
      const { sym } = stack.pop()!;
      sym.range = { start: sym.range.start, end: endOf(doc, Math.max(sym.range.start.line, line)) };
    }
  };
  const add = (sym: DocumentSymbol) => (stack.length ? stack[stack.length - 1].sym.children : roots).push(sym);
  let b = 0;
  for (let line = 0; line < doc.lines.length; line++) {
    while (b < blocks.length && blocks[b].range.start.line <= line) add(blocks[b++]);
    if (skip.has(line)) continue;
    const m = ATX.exec(doc.lines[line].text);
    if (!m || !m[2].trim()) continue;
    const level = m[1].length;
    close(level, line - 1);
    const head = { start: { line, character: 0 }, end: { line, character: doc.lines[line].text.length } };
    const sym: DocumentSymbol = { name: m[2].trim(), detail: '', kind: 'heading', range: head, selectionRange: head, children: [] };
    add(sym);
    stack.push({ level, sym });
  }
  while (b < blocks.length) add(blocks[b++]);
  close(0, lastLine);
  return roots;
}

const endOf = (doc: DpiaDocument, line: number) => ({ line, character: doc.lines[line]?.text.length ?? 0 });

/** Outline entries for risks (with their levels), measures and transfers, in document order. */
function blockSymbols(analysis: Pick<Analysis, 'document' | 'environment'>): DocumentSymbol[] {
  const { document: doc, environment: env } = analysis;
  return doc.blocks.map((b) => {
    const title = typeof b.value?.title === 'string' ? b.value.title : '';
    let detail = '';
    if (b.kind === 'risk') {
      const r = assessRisk(b, env.matrix);
      const before = r?.inherent.computed ? env.matrix.label(r.inherent.computed, env.lang) : pick({ en: 'incomplete', nl: 'onvolledig' }, env.lang);
      const after = r?.residual?.computed ? env.matrix.label(r.residual.computed, env.lang) : undefined;
      detail = after ? `${before} → ${after}` : before;
    } else if (b.kind === 'measure') {
      detail = [b.value?.party, b.value?.status].filter((x) => typeof x === 'string').join(', ');
    } else if (b.kind === 'transfer') {
      detail = typeof b.value?.country === 'string' ? b.value.country : '';
    } else {
      detail = partDetail(b.value);
    }
    const kindLabel = pick({ en: b.kind, nl: KIND_NL[b.kind] }, env.lang);
    return {
      name: `${b.id ?? `(${kindLabel})`}${title ? `: ${title}` : ''}`,
      detail,
      kind: b.kind,
      range: b.range,
      selectionRange: b.headRange,
      children: [],
    };
  });
}

/** Folding ranges for every fenced block and the front matter (0-based start and end lines). */
export function foldingRanges(doc: DpiaDocument): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (doc.frontMatter) out.push({ start: 0, end: doc.frontMatter.span.closeLine });
  for (const f of doc.fences) {
    const end = f.closeLine ?? f.contentEnd - 1;
    if (end > f.openLine) out.push({ start: f.openLine, end });
  }
  return out;
}
