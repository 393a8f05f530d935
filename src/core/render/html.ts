import type { HeatMap, Register, RegisterMitigation, RegisterRisk, RegisterTransfer, LevelCell } from './register';
import { label, yearsText, type LabelKey } from './labels';
import { formatPercent } from '../i18n/format';
import { partyLabel, statusLabel } from '../i18n/status-labels';
import { unreadableText, type UnreadableBlock } from './unreadable';
import { problemsHtml, riskTextHtml, type RiskText } from './html-review';
import type { Diagnostic } from '../diagnostics';

/** What the preview adds to a card from the analysis: the block's problems and, for a risk, its texts. */
export interface CardExtras {
  problems?: readonly Diagnostic[];
  text?: RiskText;
  /** The title of a measure id (catalogue or document), for transfer safeguards. */
  titleOf?: (id: string) => string | undefined;
}

/** The card's state for the style sheet: `data-state="errors late"` (worst problem severity; expired or overdue dates). */
function state(problems: readonly Diagnostic[] | undefined, late = false): string {
  const worst = problems?.some((p) => p.severity === 'error') ? 'errors' : problems?.some((p) => p.severity === 'warning') ? 'warnings' : '';
  const s = [worst, late ? 'late' : ''].filter(Boolean).join(' ');
  return s ? ` data-state="${s}"` : '';
}

/** Escapes text for HTML: every value from the document is text, never markup. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A data attribute with an id, only for an id of the schema's form (letters, digits, ".", "_", "-"): attributes carry no free text. */
function dataId(name: string, id: string): string {
  return /^[A-Za-z][A-Za-z0-9._-]{0,99}$/.test(id) ? ` data-${name}="${id}"` : '';
}

export function safeColor(c: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(c) ? c : '#9e9e9e';
}

function level(l: LevelCell | undefined, caption: string): string {
  if (!l) return `<span class="dpia-level dpia-level-none">${esc(caption)}: –</span>`;
  return `<span class="dpia-level dpia-level-${esc(l.id)}" style="background-color:${safeColor(l.color)}">${esc(caption)}: ${esc(l.label)}</span>`;
}

const yamlDetails = (yaml: string, reg: Register) => `<details class="dpia-yaml"><summary>${esc(label('showYaml', reg.lang))}</summary><pre><code>${esc(yaml)}</code></pre></details>`;

/** A block that could not be read, as a card that says so (the YAML stays visible): it never silently disappears. */
export function unreadableCardHtml(u: UnreadableBlock, reg: Register, yaml: string, problems: readonly Diagnostic[] = []): string {
  return [
    `<div class="dpia-card dpia-unreadable" data-line="${u.at}">`,
    `<div class="dpia-card-head"><span class="dpia-id">${esc(u.id ?? '?')}</span> <span class="dpia-title">${esc(label(`${u.kind}_block`, reg.lang))}</span></div>`,
    `<div class="dpia-status dpia-warning">${esc(unreadableText(u, reg.lang))}</div>`,
    problemsHtml(problems, reg.lang),
    `<pre><code>${esc(yaml)}</code></pre>`,
    `</div>\n`,
  ].join('');
}

/** Party, status, due date (marked when overdue) and owner of a mitigation, in the document's language. */
function facts(m: RegisterMitigation, reg: Register): string {
  const due = m.due && (m.overdue ? `<span class="dpia-overdue">${esc(label('overdueSince', reg.lang, m.due))}</span>` : esc(m.due));
  return [m.party && esc(partyLabel(m.party, reg.lang)), m.status && esc(statusLabel(m.status, reg.lang)), due, m.owner && esc(m.owner)].filter(Boolean).join(' · ');
}

/** A risk as a card: title, coloured inherent and residual level, mitigations, status, and the YAML on demand. */
export function riskCardHtml(r: RegisterRisk, reg: Register, yaml: string, extras: CardExtras = {}): string {
  if (r.unreadable) return unreadableCardHtml(r.unreadable, reg, yaml, extras.problems);
  const l = (k: LabelKey) => label(k, reg.lang);
  const mitigations = r.mitigations.length
    ? `<ul class="dpia-mitigations">${r.mitigations
        .map((m) => {
          const f = facts(m, reg);
          return `<li>${m.measure ? `<code>${esc(m.measure)}</code> ` : ''}${esc(m.title && m.title !== m.measure ? m.title : '')}${f ? ` <span class="dpia-facts">${f}</span>` : ''}</li>`;
        })
        .join('')}</ul>`
    : `<p class="dpia-none">${esc(l('statusUnmitigated'))}</p>`;
  const acc = r.acceptance;
  const until = acc?.until ? (acc.expired ? `<span class="dpia-expired">${esc(label('expiredOn', reg.lang, acc.until))}</span>` : esc(acc.until)) : '';
  const acceptance = acc ? `<div class="dpia-acceptance">${esc(l('acceptedBy'))}: ${esc(acc.by ?? '–')}${acc.date ? ` · ${esc(l('date'))}: ${esc(acc.date)}` : ''}${until ? ` · ${esc(l('until'))}: ${until}` : ''}</div>` : '';
  return [
    `<div class="dpia-card dpia-risk"${dataId('risk', r.id)}${state(extras.problems, !!acc?.expired || r.mitigations.some((m) => m.overdue))}>`,
    `<div class="dpia-card-head"><span class="dpia-id">${esc(r.id)}</span> <span class="dpia-title">${esc(r.title)}</span></div>`,
    problemsHtml(extras.problems ?? [], reg.lang),
    riskTextHtml(extras.text, reg.lang),
    `<div class="dpia-levels">${level(r.inherent, l('inherent'))} <span class="dpia-axes">${esc(l('likelihood'))} ${esc(r.likelihood)} × ${esc(l('impact'))} ${esc(r.impact)}</span>`,
    r.residual || r.residualLikelihood ? ` <span class="dpia-arrow">→</span> ${level(r.residual, l('residual'))}` : '',
    `</div>`,
    `<div class="dpia-section">${esc(l('mitigations'))}</div>${mitigations}`,
    acceptance,
    `<div class="dpia-status${acc?.expired ? ' dpia-expired' : ''}">${esc(l('status'))}: ${esc(r.status)}</div>`,
    yamlDetails(yaml, reg),
    `</div>\n`,
  ].join('');
}

function heatTable(h: HeatMap, which: 'before' | 'after', reg: HeatView): string {
  const head = `<tr><th class="dpia-corner">${esc(reg.axes.impact)} \\ ${esc(reg.axes.likelihood)}</th>${h.cols.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>`;
  const rows = h.rows
    .map((r, i) => `<tr><th>${esc(r)}</th>${h.cols.map((_, j) => `<td class="dpia-heat-cell" style="background-color:${safeColor(h.colors[i][j])}" title="${esc(h.levels[i][j])}">${h[which][i][j] || ''}${h.overrides[which].some((o) => o.row === i && o.col === j) ? '*' : ''}</td>`).join('')}</tr>`)
    .join('');
  const notes = h.overrides[which].map((o) => `<div class="dpia-heat-note">${esc(label('heatOverride', reg.lang, o.id, o.level, o.matrixLevel))}</div>`).join('');
  return `<figure class="dpia-heat"><figcaption>${esc(label(which, reg.lang))}</figcaption><table>${head}${rows}</table>${notes}</figure>`;
}

/** A safeguard: a measure id with its title (catalogue or document), or free text. */
function safeguardItem(x: string, titleOf: CardExtras['titleOf']): string {
  const title = titleOf?.(x);
  return title ? `<li><code>${esc(x)}</code> ${esc(title)}</li>` : `<li>${esc(x)}</li>`;
}

/** What the heat maps need of the register. */
export type HeatView = Pick<Register, 'heat' | 'axes' | 'lang' | 'matrix'>;

/** Heat maps of the risks before and after mitigation. */
export function heatmapHtml(reg: HeatView): string {
  return `<div class="dpia-heatmap"><div class="dpia-heatmap-title">${esc(label('heatmap', reg.lang))} (${esc(reg.matrix)})</div>${heatTable(reg.heat, 'before', reg)}${heatTable(reg.heat, 'after', reg)}</div>\n`;
}

/** A transfer as a card: destination, tool, safeguards, probability of lawful access, residual level. */
export function transferCardHtml(t: RegisterTransfer, reg: Register, yaml: string, extras: CardExtras = {}): string {
  if (t.unreadable) return unreadableCardHtml(t.unreadable, reg, yaml, extras.problems);
  const l = (k: LabelKey) => label(k, reg.lang);
  const dest = t.country ? `${esc(t.country)}${t.countryName ? ` (${esc(t.countryName)})` : ''}` : '–';
  const prob =
    t.probability === undefined
      ? '–'
      : `${esc(formatPercent(t.probability, reg.lang))} / ${esc(yearsText(t.years ?? 1, reg.lang))} (${esc(l('perYear'))} ${esc(formatPercent(t.annual ?? 0, reg.lang))})`;
  return [
    `<div class="dpia-card dpia-transfer"${dataId('transfer', t.id)}${state(extras.problems)}>`,
    `<div class="dpia-card-head"><span class="dpia-id">${esc(t.id)}</span> <span class="dpia-title">${esc(t.title ?? '')}</span></div>`,
    problemsHtml(extras.problems ?? [], reg.lang),
    `<div class="dpia-levels">${esc(l('country'))}: <strong>${dest}</strong> · ${esc(l('tool'))}: <strong>${esc(t.tool ?? '–')}</strong>${t.laws.length ? ` · <span class="dpia-axes">${t.laws.map(esc).join(', ')}</span>` : ''}</div>`,
    `<div class="dpia-levels">${esc(l('probability'))}: <strong>${prob}</strong> ${level(t.residual, l('residual'))}</div>`,
    `<div class="dpia-section">${esc(l('safeguards'))}</div>`,
    t.safeguards.length ? `<ul class="dpia-mitigations">${t.safeguards.map((x) => safeguardItem(x, extras.titleOf)).join('')}</ul>` : `<p class="dpia-none">–</p>`,
    yamlDetails(yaml, reg),
    `</div>\n`,
  ].join('');
}
