import { count } from '../i18n/plural';
import { addKeysToBlock } from '../model/block-edits';
import { documentStatus } from '../model/assess';
import { snippetChoiceEscape } from '../text/snippet';
import { defineRule } from './types';

/** A risk at medium or above that has mitigations should say what risk remains; a final document must. */
export const riskResidualMissing = defineRule({
  code: 'risk.residual-missing',
  severity: 'warning',
  tags: ['risk'],
  description: {
    en: 'A risk at medium level or above has mitigations but no `residual` (the risk after the measures). A warning in drafts, an error in a document with `status: final`.',
    nl: 'Een risico van niveau midden of hoger heeft maatregelen maar geen `residual` (het restrisico na de maatregelen). Een waarschuwing in concepten, een fout in een document met `status: final`.',
  },
  docs:
    '**warning** in drafts, **error** in a document with `status: final` (`definitief`). A risk at\n' +
    'medium level or above has mitigations (not counting rejected ones) but no `residual`. Fix: add a\n' +
    '`residual` section (a snippet: pick the likelihood and impact after the measures, lowest first).',
  run(ctx) {
    const final = documentStatus(ctx.document) === 'final';
    const { matrix, lang } = ctx.environment;
    const choices = (axis: 'likelihood' | 'impact', n: number) => `\${${n}|${matrix.values(axis).map((v) => snippetChoiceEscape(matrix.label(v, lang))).join(',')}|}`;
    for (const r of ctx.risks) {
      const level = r.inherent.computed;
      if (!level || ctx.environment.matrix.rank(level.id) < 1 || !r.effective.length || r.residual || r.block.value?.residual !== undefined) continue;
      ctx.report({
        ...(final ? { severity: 'error' as const } : {}),
        range: r.block.headRange,
        block: r.id ?? null,
        message: ctx.t({
          en: `Risk ${r.id} is ${ctx.label(level)} and has ${count(r.effective.length, 'mitigation that is', 'mitigations that are')} not rejected but no \`residual\`. State the likelihood and impact after the measures${final ? '; a final document cannot leave it open' : ''}.`,
          nl: `Risico ${r.id} is ${ctx.label(level)} en heeft ${count(r.effective.length, 'niet-afgewezen maatregel', 'niet-afgewezen maatregelen')} maar geen \`residual\`. Geef de kans en impact na de maatregelen${final ? '; een definitief document mag dit niet openlaten' : ''}.`,
        }),
        fixes: [
          {
            title: ctx.t({ en: 'Add a `residual` section', nl: 'Sectie `residual` toevoegen' }),
            preferred: true,
            // A snippet: the user picks the levels after the measures (lowest first), rather than a
            // copy of the inherent levels that would at once raise risk.residual-high.
            snippet: true,
            edits: addKeysToBlock(ctx.document, r.block, ['residual:', `  likelihood: ${choices('likelihood', 1)}`, `  impact: ${choices('impact', 2)}`], ctx.environment.eol),
          },
        ],
      });
    }
  },
});
