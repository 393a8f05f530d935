import { locate } from '../model/document';
import { defineRule } from './types';

const obj = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The EDPB (Recommendations 01/2020, step 3) asks that an assessment of law and practice cite its sources. */
export const transferFactorUnsourced = defineRule({
  code: 'transfer.factor-unsourced',
  severity: 'info',
  tags: ['transfer'],
  description: {
    en: 'A factor of a transfer assessment has no `source`: the EDPB asks for the sources on which the assessment of the law and practice of the destination relies.',
    nl: 'Een factor van een doorgiftebeoordeling heeft geen `source`: de EDPB vraagt om de bronnen waarop de beoordeling van wet en praktijk in het land van bestemming steunt.',
  },
  docs:
    'A factor of an `assessment` (or of one of its `scenarios`) has no `source`. The EDPB\n' +
    'asks that the assessment name its sources (Recommendations 01/2020, step 3).',
  run(ctx) {
    for (const t of ctx.transfers) {
      const chains: [string, unknown[]][] = [['/assessment/factors', list(t.assessment?.factors)]];
      list(t.assessment?.scenarios).forEach((s, i) => chains.push([`/assessment/scenarios/${i}/factors`, list(obj(s)?.factors)]));
      for (const [pointer, factors] of chains) {
        factors.forEach((f, i) => {
          const factor = obj(f);
          if (!factor || (typeof factor.source === 'string' && factor.source.trim())) return;
          const name = typeof factor.name === 'string' ? factor.name : `#${i + 1}`;
          ctx.report({
            range: locate(t.block, `${pointer}/${i}/name`),
            block: t.id ?? null,
            message: ctx.t({
              en: `Factor "${name}" of transfer ${t.id ?? ''} has no \`source\`. Say where the probability comes from (a transparency report, statistics, case law, expert judgement), as the EDPB asks (Recommendations 01/2020, step 3).`,
              nl: `Factor "${name}" van doorgifte ${t.id ?? ''} heeft geen \`source\`. Geef aan waar de kans op steunt (transparantierapport, statistiek, rechtspraak, deskundig oordeel), zoals de EDPB vraagt (aanbevelingen 01/2020, stap 3).`,
            }),
          });
        });
      }
    }
  },
});
