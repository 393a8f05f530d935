import type MarkdownIt from 'markdown-it';
import { ParseCache } from '../parse/block-source';
import { declaresDpiaType, parseDocument } from '../model/document';
import { buildRegister } from './register';
import { heatmapHtml, riskCardHtml, transferCardHtml, unreadableCardHtml } from './html';
import { measureCardHtml, transfersSummaryHtml, type RiskText } from './html-review';
import { TABLE_START } from './table';
import { resolveEnvironment, type CheckOptions, type Environment } from '../environment';
import type { DpiaDocument, Block } from '../model/document';
import type { Diagnostic } from '../diagnostics';
import { pick } from '../i18n/lang';

/**
 * The analysis the preview marks its cards with (core/check.ts `analyze`, passed in by the adapter:
 * the renderer does not run the rules itself).
 */
export type PreviewAnalyze = (doc: DpiaDocument, options: Omit<CheckOptions, 'uri'>) => { environment: Environment; diagnostics: readonly Diagnostic[] };

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
const obj = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/** Description, origin and motivation of a risk block. */
function riskText(b: Block | undefined): RiskText | undefined {
  const v = b?.value;
  if (!v) return undefined;
  const m = obj(v.motivation);
  return { description: text(v.description), origin: text(v.origin), motivation: m && { likelihood: text(m.likelihood), impact: text(m.impact), level: text(m.level) } };
}
import { inventoryHtml } from './inventory-html';
import { esc } from './html';

interface DpiaMeta {
  dpiaHtml?: string;
}

/**
 * markdown-it plugin for VS Code's Markdown preview: `risk` blocks become cards, a `dpia-heatmap`
 * block and the risk-table markers get heat maps. The HTML is computed while parsing and kept on
 * the tokens (VS Code caches tokens and renders them with a fresh environment). Everything from
 * the document is escaped; no scripts are emitted.
 */
export function dpiaMarkdownIt(md: MarkdownIt, options: () => Omit<CheckOptions, 'uri'> = () => ({}), analyze?: PreviewAnalyze): MarkdownIt {
  const cache = new ParseCache();
  md.core.ruler.push('dpia_register', (state) => {
    // The preview does not know the file name: a DPIA says so in its front matter.
    if (!declaresDpiaType(state.src)) return;
    const doc = parseDocument('preview.dpia.md', state.src, cache);
    cache.sweep();
    // The same environment as the document's analysis: matrix, catalogues, language and date.
    const o = options();
    const analysis = analyze?.(doc, o);
    const environment = analysis?.environment ?? resolveEnvironment(doc, o);
    const register = buildRegister({ document: doc, environment });
    const byLine = new Map(register.risks.map((r) => [r.line, r]));
    const transfers = new Map(register.transfers.map((t) => [t.line, t]));
    const blocks = new Map(doc.blocks.map((b) => [b.fence.openLine, b]));
    const measures = new Map(register.measures.filter((m) => m.id && !m.unreadable).map((m) => [m.id!, m]));
    // Risks and transfers that could not be read are entries of their own lists; a measure block is shown as a card only then.
    const lost = new Map(register.unreadable.filter((u) => u.kind === 'measure').map((u) => [u.line, u]));
    const diagnostics = analysis?.diagnostics ?? [];
    /** The problems inside a block's lines (fences included). */
    const problemsOf = (b: Block | undefined) => {
      if (!b) return [];
      const end = b.fence.closeLine ?? b.fence.contentEnd;
      return diagnostics.filter((d) => d.range.start.line >= b.fence.openLine && d.range.start.line <= end);
    };
    const titleOf = (id: string) => {
      const m = environment.measures.get(id);
      return m ? pick(m.title, register.lang) : undefined;
    };
    // A DTIA (or a document with transfers and no risks) shows its transfers where a DPIA shows its heat map.
    const summary = () => (doc.type === 'dtia' || (!register.risks.length && register.transfers.length) ? transfersSummaryHtml(register) : heatmapHtml(register));
    let heat: string | undefined;
    // The data inventory: where a `dpia-inventory` block asks for it, else before the first `data` block.
    const explicitInventory = state.tokens.some((t) => t.type === 'fence' && t.info.trim().split(/\s+/)[0]?.toLowerCase() === 'dpia-inventory');
    let inventoryShown = false;
    for (const t of state.tokens) {
      const meta = (t.meta ?? {}) as DpiaMeta;
      if (t.type === 'fence' && t.map) {
        const lang = t.info.trim().split(/\s+/)[0]?.toLowerCase();
        const block = blocks.get(t.map[0]);
        const problems = problemsOf(block);
        const risk = lang === 'risk' ? byLine.get(t.map[0]) : undefined;
        const transfer = lang === 'transfer' ? transfers.get(t.map[0]) : undefined;
        const lostMeasure = lang === 'measure' ? lost.get(t.map[0]) : undefined;
        const measure = lang === 'measure' && block?.id && block.value ? measures.get(block.id) : undefined;
        if (risk) meta.dpiaHtml = riskCardHtml(risk, register, t.content, { problems, text: riskText(block) });
        else if (transfer) meta.dpiaHtml = transferCardHtml(transfer, register, t.content, { problems, titleOf });
        else if (lostMeasure) meta.dpiaHtml = unreadableCardHtml(lostMeasure, register, t.content, problems);
        else if (measure) meta.dpiaHtml = measureCardHtml(measure, register, t.content, problems);
        else if (lang === 'dpia-heatmap') meta.dpiaHtml = heat ??= summary();
        else if (lang === 'dpia-inventory') meta.dpiaHtml = inventoryHtml(register.inventory);
        else if (lang === 'data' && !explicitInventory && !inventoryShown) {
          inventoryShown = true;
          meta.dpiaHtml = inventoryHtml(register.inventory) + `<pre><code class="language-yaml">${esc(t.content)}</code></pre>\n`;
        }
      } else if (t.type === 'html_block' && t.content.trim() === TABLE_START) {
        meta.dpiaHtml = (heat ??= summary()) + t.content;
      }
      if (meta.dpiaHtml) t.meta = meta;
    }
  });

  const wrap = (name: 'fence' | 'html_block') => {
    const original = md.renderer.rules[name] ?? ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));
    md.renderer.rules[name] = (tokens, idx, opts, env, self) => (tokens[idx].meta as DpiaMeta | null)?.dpiaHtml ?? original(tokens, idx, opts, env, self);
  };
  wrap('fence');
  wrap('html_block');
  return md;
}
