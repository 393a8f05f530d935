import type { Analysis } from '../environment';
import { readParts } from '../model/parts';
import { apDpiaList, wp248 } from '../model/prescan';
import { pick } from '../i18n/lang';
import type { YamlContext } from './yaml-context';

/** A reference item (the shape of completion.ts's CompletionItem; declared here so the two files do not import each other). */
export interface PartCompletionItem {
  label: string;
  kind: 'reference';
  detail?: string;
  documentation?: string;
  insertText: string;
  replaceLength: number;
}

const plain = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, ' ');

/**
 * Completion of references inside the part A/B blocks and the pre-scan: data category ids in a
 * purpose's or processing's `data` (and an exception's `data`), purpose ids in `purposes`,
 * transfer ids in a location's `transfer`, and the AP list types and Art. 35(3) cases of a pre-scan.
 * Undefined when the cursor is elsewhere (the schema-driven completion takes over).
 */
export function partCompletions(analysis: Pick<Analysis, 'document' | 'environment'>, ctx: YamlContext): PartCompletionItem[] | undefined {
  const kind = ctx.section.kind;
  if (ctx.kind !== 'value' || (kind !== 'purpose' && kind !== 'processing' && kind !== 'prescan')) return undefined;
  const lang = analysis.environment.lang;
  const owner = ctx.parent[ctx.parent.length - 1];
  const field = ctx.key ?? (typeof owner === 'string' ? owner : undefined);
  const inList = !ctx.key;
  const replaceLength = ctx.prefix.length;
  const item = (label: string, detail: string, documentation?: string): PartCompletionItem => ({ label: plain(label), kind: 'reference', detail: plain(detail), documentation, insertText: label, replaceLength });
  const parts = () => readParts(analysis.document);
  if (kind === 'prescan') {
    if (inList && field === 'ap-list') {
      const ap = apDpiaList();
      return Object.entries(ap.types).map(([id, t]) => item(id, pick(t, lang).split(' — ')[0], `${pick(t, lang)}\n\n${ap.source}`));
    }
    if (inList && field === 'art35-3') return Object.entries(wp248()['art35-3']).map(([id, t]) => item(id, `Art. 35(3)(${id})`, pick(t, lang)));
    return undefined;
  }
  const exceptionData = ctx.key === 'data' && ctx.parent[0] === 'exceptions';
  if ((inList && field === 'data') || exceptionData) {
    return parts().data.filter((d) => d.id).map((d) => item(d.id!, d.name ?? '', [d.special, d.criminal ? 'Art. 10' : '', d.nationalId ? 'BSN' : ''].filter(Boolean).join(', ') || undefined));
  }
  if (kind === 'processing' && inList && field === 'purposes') return parts().purposes.filter((p) => p.id).map((p) => item(p.id!, p.title ?? ''));
  if (kind === 'processing' && ctx.key === 'transfer' && ctx.parent[0] === 'locations') {
    return analysis.document.blocks.filter((b) => b.kind === 'transfer' && b.id).map((b) => item(b.id!, typeof b.value?.country === 'string' ? b.value.country : ''));
  }
  return undefined;
}
