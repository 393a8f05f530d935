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
const norm = (s: string) => s.trim().toLowerCase();
const FROM_PRESCAN = { en: 'from the pre-scan', nl: 'uit de pre-scan' };

/**
 * What carries over from the pre-scan the DPIA names (front matter `prescan:`): in a `data` block's
 * `id` or `name`, the data categories the pre-scan lists that no `data` block describes yet; in a
 * `purpose` block's `id` or `title`, the purposes not assessed yet. Undefined elsewhere.
 */
function carryOver(analysis: Pick<Analysis, 'document' | 'environment'>, ctx: YamlContext): PartCompletionItem[] | undefined {
  const linked = analysis.environment.linkedPrescan;
  const kind = ctx.section.kind;
  if (!linked || linked.error !== undefined || ctx.parent.length) return undefined;
  const parts = readParts(analysis.document);
  const own = ctx.section;
  let wanted: string[];
  let known: (string | undefined)[];
  if (kind === 'data' && (ctx.key === 'id' || ctx.key === 'name')) {
    wanted = linked.data;
    known = parts.data.filter((d) => d.block !== own).flatMap((d) => [d.id, d.name]);
  } else if (kind === 'purpose' && (ctx.key === 'id' || ctx.key === 'title')) {
    wanted = linked.purposes;
    known = parts.purposes.filter((p) => p.block !== own).flatMap((p) => [p.id, p.title]);
  } else return undefined;
  const seen = new Set(known.filter((x): x is string => !!x).map(norm));
  const detail = pick(FROM_PRESCAN, analysis.environment.lang);
  return wanted
    .filter((w) => !seen.has(norm(w)))
    .map((w) => ({ label: plain(w), kind: 'reference' as const, detail: `${detail}: ${plain(linked.spec)}`, insertText: w, replaceLength: ctx.prefix.length }));
}

/**
 * Completion of references inside the part A/B blocks and the pre-scan: data category ids in a
 * purpose's or processing's `data` (and an exception's `data`), purpose ids in `purposes`,
 * transfer ids in a location's `transfer`, and the AP list types and Art. 35(3) cases of a pre-scan.
 * Undefined when the cursor is elsewhere (the schema-driven completion takes over).
 */
export function partCompletions(analysis: Pick<Analysis, 'document' | 'environment'>, ctx: YamlContext): PartCompletionItem[] | undefined {
  const kind = ctx.section.kind;
  if (ctx.kind !== 'value' || (kind !== 'purpose' && kind !== 'processing' && kind !== 'prescan' && kind !== 'data')) return undefined;
  const lang = analysis.environment.lang;
  const carried = carryOver(analysis, ctx);
  if (carried) return carried;
  if (kind === 'data') return undefined;
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
