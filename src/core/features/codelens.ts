import type { DpiaDocument } from '../model/document';
import type { Range } from '../text/lines';
import { assessRisks } from '../model/assess';
import type { Analysis, Environment } from '../environment';
import { transfersOf } from '../model/transfers';
import { formatPercent } from '../i18n/format';
import { plainText } from './escape';

export interface Lens {
  range: Range;
  title: string;
  /** Id of the risk. */
  risk?: string;
}

/** "US · scc (module 2) · 2.48% over 5 years" above each transfer. */
function transferLenses(doc: DpiaDocument, env: Environment): Lens[] {
  const nl = env.lang === 'nl';
  return transfersOf(doc).map((t) => {
    const module = typeof t.block.value?.module === 'number' ? ` (module ${t.block.value.module})` : '';
    const parts = [t.country ?? '?', t.tool ? t.tool + module : nl ? 'geen instrument' : 'no tool'];
    if (t.computed) parts.push(nl ? `${formatPercent(t.computed.period, 'nl')} over ${t.computed.years} jaar (${formatPercent(t.computed.annual, 'nl')} per jaar)` : `${formatPercent(t.computed.period, 'en')} over ${t.computed.years} years (${formatPercent(t.computed.annual, 'en')} a year)`);
    return { range: t.block.headRange, title: plainText(parts.join(' · ')), risk: t.id };
  });
}

/** "high → low after 3 mitigations" above each risk (and the transfer lens above each transfer). */
export function riskLenses(analysis: Pick<Analysis, 'document' | 'environment'>): Lens[] {
  const { document: doc, environment: env } = analysis;
  return [...riskOnlyLenses(doc, env), ...transferLenses(doc, env)].sort((a, b) => a.range.start.line - b.range.start.line);
}

function riskOnlyLenses(doc: DpiaDocument, env: Environment): Lens[] {
  const nl = env.lang === 'nl';
  return assessRisks(doc, env.matrix).map((r) => {
    const label = (v: typeof r.inherent.computed) => (v ? env.matrix.label(v, env.lang) : '?');
    const n = r.mitigations.length;
    const count = nl ? `${n} ${n === 1 ? 'maatregel' : 'maatregelen'}` : `${n} ${n === 1 ? 'mitigation' : 'mitigations'}`;
    let title: string;
    if (r.residual) title = `${label(r.inherent.computed)} → ${label(r.residual.computed)} ${nl ? 'na' : 'after'} ${count}`;
    else if (n) title = `${label(r.inherent.computed)}, ${count}, ${nl ? 'geen restrisico opgegeven' : 'no residual stated'}`;
    else title = `${label(r.inherent.computed)}, ${nl ? 'geen maatregelen' : 'no mitigations'}`;
    return { range: r.block.headRange, title: plainText(title), risk: r.id };
  });
}
