import type { DpiaDocument } from '../model/document';
import type { Range } from '../text/lines';
import { assessRisks } from '../model/assess';
import type { FeatureEnv } from './environment';

export interface Lens {
  range: Range;
  title: string;
  /** Id of the risk. */
  risk?: string;
}

/** "high → low after 3 mitigations" above each risk. */
export function riskLenses(doc: DpiaDocument, env: FeatureEnv): Lens[] {
  const nl = env.lang === 'nl';
  return assessRisks(doc, env.matrix).map((r) => {
    const label = (v: typeof r.inherent.computed) => (v ? env.matrix.label(v, env.lang) : '?');
    const n = r.mitigations.length;
    const count = nl ? `${n} ${n === 1 ? 'maatregel' : 'maatregelen'}` : `${n} ${n === 1 ? 'mitigation' : 'mitigations'}`;
    let title: string;
    if (r.residual) title = `${label(r.inherent.computed)} → ${label(r.residual.computed)} ${nl ? 'na' : 'after'} ${count}`;
    else if (n) title = `${label(r.inherent.computed)}, ${count}, ${nl ? 'geen restrisico opgegeven' : 'no residual stated'}`;
    else title = `${label(r.inherent.computed)}, ${nl ? 'geen maatregelen' : 'no mitigations'}`;
    return { range: r.block.headRange, title, risk: r.id };
  });
}
