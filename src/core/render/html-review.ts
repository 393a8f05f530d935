import type { Diagnostic } from '../diagnostics';
import type { Register, RegisterMeasure, RegisterTransfer } from './register';
import { label, type LabelKey } from './labels';
import { formatPercent } from '../i18n/format';
import { partyLabel, statusLabel } from '../i18n/status-labels';
import { plural } from '../i18n/plural';
import type { Lang } from '../i18n/lang';

// The preview as a review view: what a reviewer needs on each card besides the levels (description,
// origin, motivation), the card's own problems, measures as cards, and a DTIA's transfers summary.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const SEVERITY: Record<Diagnostic['severity'], { en: [string, string]; nl: [string, string] }> = {
  error: { en: ['error', 'errors'], nl: ['fout', 'fouten'] },
  warning: { en: ['warning', 'warnings'], nl: ['waarschuwing', 'waarschuwingen'] },
  info: { en: ['note', 'notes'], nl: ['opmerking', 'opmerkingen'] },
  hint: { en: ['hint', 'hints'], nl: ['hint', 'hints'] },
};

/**
 * The problems the analysis found in a block: a count per severity ("1 error · 2 warnings") and
 * the messages with their codes, collapsed; nothing when the block is clean.
 */
export function problemsHtml(problems: readonly Diagnostic[], lang: Lang): string {
  if (!problems.length) return '';
  const counts = (['error', 'warning', 'info', 'hint'] as const)
    .map((s) => [s, problems.filter((p) => p.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `<span class="dpia-mark dpia-mark-${s}">${esc(plural(n, SEVERITY[s], lang))}</span>`)
    .join(' · ');
  const items = problems.map((p) => `<li class="dpia-problem-${p.severity}"><code>${esc(p.code)}</code> ${esc(p.message)}</li>`).join('');
  return `<details class="dpia-problems"><summary>${counts}</summary><ul>${items}</ul></details>`;
}

/** Text fields of a risk a reviewer reads: description, origin and the motivation of the scores. */
export interface RiskText {
  description?: string;
  origin?: string;
  motivation?: { likelihood?: string; impact?: string; level?: string };
}

export function riskTextHtml(t: RiskText | undefined, lang: Lang): string {
  if (!t) return '';
  const l = (k: LabelKey) => label(k, lang);
  const parts: string[] = [];
  if (t.description) parts.push(`<p class="dpia-description">${esc(t.description)}</p>`);
  if (t.origin) parts.push(`<div class="dpia-origin"><span class="dpia-key">${esc(l('origin'))}:</span> ${esc(t.origin)}</div>`);
  const m = t.motivation;
  const why = m && ([['likelihood', m.likelihood], ['impact', m.impact], ['level', m.level]] as const).filter(([, v]) => v);
  if (why && why.length)
    parts.push(`<div class="dpia-motivation"><span class="dpia-key">${esc(l('motivation'))}:</span><ul>${why.map(([k, v]) => `<li>${esc(l(k === 'level' ? 'levelWord' : k))}: ${esc(v!)}</li>`).join('')}</ul></div>`);
  return parts.join('');
}

function stateOf(problems: readonly Diagnostic[], late: boolean): string {
  const worst = problems.some((p) => p.severity === 'error') ? 'errors' : problems.some((p) => p.severity === 'warning') ? 'warnings' : '';
  const s = [worst, late ? 'late' : ''].filter(Boolean).join(' ');
  return s ? ` data-state="${s}"` : '';
}

/** A measure block as a card: id, title, party, status, due date (marked when overdue), owner, the risks it serves. */
export function measureCardHtml(m: RegisterMeasure, reg: Register, yaml: string, problems: readonly Diagnostic[] = []): string {
  const l = (k: LabelKey) => label(k, reg.lang);
  const due = m.due ? (m.overdue ? `<span class="dpia-overdue">${esc(label('overdueSince', reg.lang, m.due))}</span>` : esc(m.due)) : '';
  const facts = [
    m.party ? `${esc(l('party'))}: <strong>${esc(partyLabel(m.party, reg.lang))}</strong>` : '',
    m.status ? `${esc(l('status'))}: <strong>${esc(statusLabel(m.status, reg.lang))}</strong>` : '',
    due ? `${esc(l('due'))}: ${due}` : '',
    m.owner ? `${esc(l('owner'))}: ${esc(m.owner)}` : '',
  ].filter(Boolean);
  const id = m.id && /^[A-Za-z][A-Za-z0-9._-]{0,99}$/.test(m.id) ? ` data-measure="${m.id}"` : '';
  return [
    `<div class="dpia-card dpia-measure"${id}${stateOf(problems, !!m.overdue)}>`,
    `<div class="dpia-card-head"><span class="dpia-id">${esc(m.id ?? '?')}</span> <span class="dpia-title">${esc(m.title)}</span></div>`,
    problemsHtml(problems, reg.lang),
    facts.length ? `<div class="dpia-facts">${facts.join(' · ')}</div>` : '',
    m.risks.length ? `<div class="dpia-facts">${esc(l('usedBy'))}: ${m.risks.map((r) => `<code>${esc(r)}</code>`).join(', ')}</div>` : '',
    `<details class="dpia-yaml"><summary>${esc(l('showYaml'))}</summary><pre><code>${esc(yaml)}</code></pre></details>`,
    `</div>\n`,
  ].join('');
}

/** A DTIA's overview where a DPIA has its heat map: one row per transfer with destination, tool, probability and residual level. */
export function transfersSummaryHtml(reg: Register): string {
  const l = (k: LabelKey) => label(k, reg.lang);
  const row = (t: RegisterTransfer) => {
    const dest = t.country ? `${esc(t.country)}${t.countryName ? ` (${esc(t.countryName)})` : ''}` : '–';
    const prob = t.probability === undefined ? '–' : esc(formatPercent(t.probability, reg.lang));
    const res = t.residual ? `<span class="dpia-level dpia-level-${esc(t.residual.id)}" style="background-color:${/^#[0-9a-fA-F]{6}$/.test(t.residual.color) ? t.residual.color : '#9e9e9e'}">${esc(t.residual.label)}</span>` : '–';
    return `<tr><td><code>${esc(t.id)}</code></td><td>${esc(t.title ?? '')}</td><td>${dest}</td><td>${esc(t.tool ?? '–')}</td><td>${prob}</td><td>${res}</td></tr>`;
  };
  const head = ['id', 'transferTitle', 'country', 'tool', 'probability', 'residual'] as const;
  const body = reg.transfers.length ? reg.transfers.map(row).join('') : `<tr><td colspan="6">${esc(l('noTransfers'))}</td></tr>`;
  return `<div class="dpia-transfers-summary"><div class="dpia-heatmap-title">${esc(l('transfersSummary'))}</div><table><thead><tr>${head.map((k) => `<th>${esc(l(k))}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table></div>\n`;
}
