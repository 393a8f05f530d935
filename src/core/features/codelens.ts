import type { DpiaDocument } from '../model/document';
import type { Range } from '../text/lines';
import type { RiskAssessment } from '../model/assess';
import { pick, type Localized } from '../i18n/lang';
import type { Analysis, Environment } from '../environment';
import { transfersOf } from '../model/transfer-info';
import { formatPercent } from '../i18n/format';
import { plural } from '../i18n/plural';
import { plainText } from './escape';

export interface Lens {
  range: Range;
  title: string;
  /** Id of the risk. */
  risk?: string;
}

/** "US · scc (module 2) · 2.48% over 5 years" above each transfer. */
function transferLenses(doc: DpiaDocument, env: Environment): Lens[] {
  const t = (text: Localized) => pick(text, env.lang);
  return transfersOf(doc).map((x) => {
    const module = typeof x.block.value?.module === 'number' ? ` (module ${x.block.value.module})` : '';
    const parts = [x.country ?? t({ en: 'no destination', nl: 'geen bestemming' }), x.tool ? x.tool + module : t({ en: 'no tool', nl: 'geen instrument' })];
    if (x.computed) {
      const [period, annual, years] = [formatPercent(x.computed.period, env.lang), formatPercent(x.computed.annual, env.lang), x.computed.years];
      parts.push(t({ en: `${period} over ${years} years (${annual} a year)`, nl: `${period} over ${years} jaar (${annual} per jaar)` }));
    }
    return { range: x.block.headRange, title: plainText(parts.join(' · ')), risk: x.id };
  });
}

/** "high → low after 3 mitigations" above each risk (and the transfer lens above each transfer). */
export function riskLenses(analysis: Pick<Analysis, 'document' | 'environment' | 'risks'>): Lens[] {
  const { document: doc, environment: env } = analysis;
  return [...riskOnlyLenses(analysis.risks, env), ...transferLenses(doc, env)].sort((a, b) => a.range.start.line - b.range.start.line);
}

function riskOnlyLenses(risks: RiskAssessment[], env: Environment): Lens[] {
  const t = (text: Localized) => pick(text, env.lang);
  // Never a bare "?": a level that cannot be computed says what is missing.
  const incomplete = t({ en: 'likelihood or impact missing', nl: 'kans of impact ontbreekt' });
  return risks.map((r) => {
    const label = (v: typeof r.inherent.computed) => (v ? env.matrix.label(v, env.lang) : incomplete);
    const n = r.mitigations.length;
    const count = plural(n, { en: ['mitigation', 'mitigations'], nl: ['maatregel', 'maatregelen'] }, env.lang);
    let title: string;
    if (r.residual) title = `${label(r.inherent.computed)} → ${label(r.residual.computed)} ${t({ en: 'after', nl: 'na' })} ${count}`;
    else if (n) title = `${label(r.inherent.computed)}, ${count}, ${t({ en: 'no residual stated', nl: 'geen restrisico opgegeven' })}`;
    else title = `${label(r.inherent.computed)}, ${t({ en: 'no mitigations', nl: 'geen maatregelen' })}`;
    return { range: r.block.headRange, title: plainText(title), risk: r.id };
  });
}
