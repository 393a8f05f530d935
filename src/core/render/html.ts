import type { HeatMap, Register, RegisterRisk, RegisterTransfer, LevelCell } from './register';
import { percent } from '../model/transfer';
import { label } from './labels';

/** Escapes text for HTML: every value from the document is text, never markup. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function safeColor(c: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(c) ? c : '#9e9e9e';
}

function level(l: LevelCell | undefined, caption: string): string {
  if (!l) return `<span class="dpia-level dpia-level-none">${esc(caption)}: –</span>`;
  return `<span class="dpia-level dpia-level-${esc(l.id)}" style="background-color:${safeColor(l.color)}">${esc(caption)}: ${esc(l.label)}</span>`;
}

/** A risk as a card: title, coloured inherent and residual level, mitigations, status, and the YAML on demand. */
export function riskCardHtml(r: RegisterRisk, reg: Register, yaml: string): string {
  const l = (k: Parameters<typeof label>[0]) => label(k, reg.lang);
  const mitigations = r.mitigations.length
    ? `<ul class="dpia-mitigations">${r.mitigations
        .map((m) => {
          const facts = [m.party, m.status, m.due, m.owner].filter(Boolean).map((x) => esc(x!)).join(' · ');
          return `<li>${m.measure ? `<code>${esc(m.measure)}</code> ` : ''}${esc(m.title && m.title !== m.measure ? m.title : '')}${facts ? ` <span class="dpia-facts">${facts}</span>` : ''}</li>`;
        })
        .join('')}</ul>`
    : `<p class="dpia-none">${esc(l('statusUnmitigated'))}</p>`;
  return [
    `<div class="dpia-card dpia-risk" data-risk="${esc(r.id)}">`,
    `<div class="dpia-card-head"><span class="dpia-id">${esc(r.id)}</span> <span class="dpia-title">${esc(r.title)}</span></div>`,
    `<div class="dpia-levels">${level(r.inherent, l('inherent'))} <span class="dpia-axes">${esc(l('likelihood'))} ${esc(r.likelihood)} × ${esc(l('impact'))} ${esc(r.impact)}</span>`,
    r.residual || r.residualLikelihood ? ` <span class="dpia-arrow">→</span> ${level(r.residual, l('residual'))}` : '',
    `</div>`,
    `<div class="dpia-section">${esc(l('mitigations'))}</div>${mitigations}`,
    `<div class="dpia-status">${esc(l('status'))}: ${esc(r.status)}</div>`,
    `<details class="dpia-yaml"><summary>${esc(l('showYaml'))}</summary><pre><code>${esc(yaml)}</code></pre></details>`,
    `</div>\n`,
  ].join('');
}

function heatTable(h: HeatMap, which: 'before' | 'after', reg: Register): string {
  const head = `<tr><th class="dpia-corner">${esc(reg.axes.impact)} \\ ${esc(reg.axes.likelihood)}</th>${h.cols.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>`;
  const rows = h.rows
    .map((r, i) => `<tr><th>${esc(r)}</th>${h.cols.map((_, j) => `<td class="dpia-heat-cell" style="background-color:${safeColor(h.colors[i][j])}" title="${esc(h.levels[i][j])}">${h[which][i][j] || ''}</td>`).join('')}</tr>`)
    .join('');
  return `<figure class="dpia-heat"><figcaption>${esc(label(which, reg.lang))}</figcaption><table>${head}${rows}</table></figure>`;
}

/** Heat maps of the risks before and after mitigation. */
export function heatmapHtml(reg: Register): string {
  return `<div class="dpia-heatmap"><div class="dpia-heatmap-title">${esc(label('heatmap', reg.lang))} (${esc(reg.matrix)})</div>${heatTable(reg.heat, 'before', reg)}${heatTable(reg.heat, 'after', reg)}</div>\n`;
}

/** A transfer as a card: destination, tool, safeguards, probability of lawful access, residual level. */
export function transferCardHtml(t: RegisterTransfer, reg: Register, yaml: string): string {
  const l = (k: Parameters<typeof label>[0]) => label(k, reg.lang);
  const dest = t.country ? `${esc(t.country)}${t.countryName ? ` (${esc(t.countryName)})` : ''}` : '–';
  const prob =
    t.probability === undefined
      ? '–'
      : `${esc(percent(t.probability))} / ${t.years} ${reg.lang === 'nl' ? 'jaar' : 'years'} (${reg.lang === 'nl' ? 'per jaar' : 'annual'} ${esc(percent(t.annual ?? 0))})`;
  return [
    `<div class="dpia-card dpia-transfer" data-transfer="${esc(t.id)}">`,
    `<div class="dpia-card-head"><span class="dpia-id">${esc(t.id)}</span> <span class="dpia-title">${esc(t.title ?? '')}</span></div>`,
    `<div class="dpia-levels">${esc(l('country'))}: <strong>${dest}</strong> · ${esc(l('tool'))}: <strong>${esc(t.tool ?? '–')}</strong>${t.laws.length ? ` · <span class="dpia-axes">${t.laws.map(esc).join(', ')}</span>` : ''}</div>`,
    `<div class="dpia-levels">${esc(l('probability'))}: <strong>${prob}</strong> ${level(t.residual, l('residual'))}</div>`,
    `<div class="dpia-section">${esc(l('safeguards'))}</div>`,
    t.safeguards.length ? `<ul class="dpia-mitigations">${t.safeguards.map((x) => `<li><code>${esc(x)}</code></li>`).join('')}</ul>` : `<p class="dpia-none">–</p>`,
    `<details class="dpia-yaml"><summary>${esc(l('showYaml'))}</summary><pre><code>${esc(yaml)}</code></pre></details>`,
    `</div>\n`,
  ].join('');
}
