import type { BlockKind, DpiaDocument } from '../model/document';
import type { Range } from '../text/lines';
import { assessRisk } from '../model/assess';
import type { Analysis } from '../environment';
import { pick } from '../i18n/lang';
import { partDetail } from './symbols-parts';

export interface DocumentSymbol {
  name: string;
  detail: string;
  kind: BlockKind;
  range: Range;
  selectionRange: Range;
}

const KIND_NL: Record<BlockKind, string> = { risk: 'risico', measure: 'maatregel', transfer: 'doorgifte', data: 'gegevens', processing: 'verwerking', purpose: 'doel', prescan: 'pre-scan' };

/** Outline entries for risks (with their levels), measures and transfers. */
export function documentSymbols(analysis: Pick<Analysis, 'document' | 'environment'>): DocumentSymbol[] {
  const { document: doc, environment: env } = analysis;
  return doc.blocks.map((b) => {
    const title = typeof b.value?.title === 'string' ? b.value.title : '';
    let detail = '';
    if (b.kind === 'risk') {
      const r = assessRisk(b, env.matrix);
      const before = r?.inherent.computed ? env.matrix.label(r.inherent.computed, env.lang) : '?';
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
