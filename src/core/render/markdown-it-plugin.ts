import type MarkdownIt from 'markdown-it';
import { ParseCache } from '../parse/block-source';
import { declaresDpiaType, parseDocument } from '../model/document';
import { buildRegister } from './register';
import { heatmapHtml, riskCardHtml, transferCardHtml, unreadableCardHtml } from './html';
import { TABLE_START } from './table';
import { inventoryHtml } from './inventory-html';
import { esc } from './html';
import { resolveEnvironment, type CheckOptions } from '../environment';

interface DpiaMeta {
  dpiaHtml?: string;
}

/**
 * markdown-it plugin for VS Code's Markdown preview: `risk` blocks become cards, a `dpia-heatmap`
 * block and the risk-table markers get heat maps. The HTML is computed while parsing and kept on
 * the tokens (VS Code caches tokens and renders them with a fresh environment). Everything from
 * the document is escaped; no scripts are emitted.
 */
export function dpiaMarkdownIt(md: MarkdownIt, options: () => Omit<CheckOptions, 'uri'> = () => ({})): MarkdownIt {
  const cache = new ParseCache();
  md.core.ruler.push('dpia_register', (state) => {
    // The preview does not know the file name: a DPIA says so in its front matter.
    if (!declaresDpiaType(state.src)) return;
    const doc = parseDocument('preview.dpia.md', state.src, cache);
    cache.sweep();
    // The same environment as the document's analysis: matrix, catalogues, language and date.
    const register = buildRegister({ document: doc, environment: resolveEnvironment(doc, options()) });
    const byLine = new Map(register.risks.map((r) => [r.line, r]));
    const transfers = new Map(register.transfers.map((t) => [t.line, t]));
    // Risks and transfers that could not be read are entries of their own lists; a measure block is shown as a card only then.
    const lost = new Map(register.unreadable.filter((u) => u.kind === 'measure').map((u) => [u.line, u]));
    let heat: string | undefined;
    // The data inventory: where a `dpia-inventory` block asks for it, else before the first `data` block.
    const explicitInventory = state.tokens.some((t) => t.type === 'fence' && t.info.trim().split(/\s+/)[0]?.toLowerCase() === 'dpia-inventory');
    let inventoryShown = false;
    for (const t of state.tokens) {
      const meta = (t.meta ?? {}) as DpiaMeta;
      if (t.type === 'fence' && t.map) {
        const lang = t.info.trim().split(/\s+/)[0]?.toLowerCase();
        const risk = lang === 'risk' ? byLine.get(t.map[0]) : undefined;
        const transfer = lang === 'transfer' ? transfers.get(t.map[0]) : undefined;
        const measure = lang === 'measure' ? lost.get(t.map[0]) : undefined;
        if (risk) meta.dpiaHtml = riskCardHtml(risk, register, t.content);
        else if (transfer) meta.dpiaHtml = transferCardHtml(transfer, register, t.content);
        else if (measure) meta.dpiaHtml = unreadableCardHtml(measure, register, t.content);
        else if (lang === 'dpia-heatmap') meta.dpiaHtml = heat ??= heatmapHtml(register);
        else if (lang === 'dpia-inventory') meta.dpiaHtml = inventoryHtml(register.inventory);
        else if (lang === 'data' && !explicitInventory && !inventoryShown) {
          inventoryShown = true;
          meta.dpiaHtml = inventoryHtml(register.inventory) + `<pre><code class="language-yaml">${esc(t.content)}</code></pre>\n`;
        }
      } else if (t.type === 'html_block' && t.content.trim() === TABLE_START) {
        meta.dpiaHtml = (heat ??= heatmapHtml(register)) + t.content;
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
