import { addKeysToBlock } from '../model/block-edits';
import { addMitigationToBlock } from '../model/mitigation-edit';
import { defineRule } from './types';

/** A risk at or above the matrix's mitigation threshold needs mitigations; rejected ones do not count. */
export const riskUnmitigatedHigh = defineRule({
  code: 'risk.unmitigated-high',
  severity: 'error',
  tags: ['risk'],
  description: {
    en: "A risk whose inherent level is at or above the matrix's `mitigation-required-from` level (default: the highest) has no mitigations, or only rejected ones.",
    nl: 'Een risico met een inherent niveau op of boven `mitigation-required-from` van de matrix (standaard: het hoogste) heeft geen maatregelen, of alleen afgewezen maatregelen.',
  },
  docs:
    "The inherent level is at or above the matrix's `mitigation-required-from` (default:\n" +
    'the highest level; `cnil`: medium) and the risk has no mitigations, or only rejected ones. The\n' +
    'message names the threshold. Fix (in the editor): pick a measure from the catalogue; the default\n' +
    'edit adds an item to an existing list rather than a second `mitigations` key.',
  run(ctx) {
    const from = ctx.environment.matrix.mitigationFrom;
    const top = from.id === ctx.environment.matrix.highest.id;
    for (const r of ctx.risks) {
      const level = r.inherent.computed;
      if (!ctx.environment.matrix.atLeast(level, from) || r.effective.length > 0) continue;
      const rejected = r.mitigations.length;
      const threshold = ctx.t(
        top
          ? { en: `the highest level of the ${ctx.environment.matrix.name} matrix`, nl: `het hoogste niveau van de matrix ${ctx.environment.matrix.name}` }
          : { en: `at or above ${ctx.label(from)}, from which the ${ctx.environment.matrix.name} matrix requires mitigation`, nl: `${ctx.label(from)} of hoger, vanaf waar de matrix ${ctx.environment.matrix.name} maatregelen eist` },
      );
      const has = rejected
        ? ctx.t({ en: `but all ${rejected} of its mitigations are rejected`, nl: `maar alle ${rejected} maatregelen zijn afgewezen` })
        : ctx.t({ en: 'but has no mitigations', nl: 'maar heeft geen maatregelen' });
      const placeholder = ctx.t({ en: 'describe the measure', nl: 'beschrijf de maatregel' });
      // Into this block's list (flow or block), else a list in place of an empty value or at the end (never a second key).
      const added = Array.isArray(r.block.value?.mitigations) ? addMitigationToBlock(ctx.document, r.block, `{ text: ${placeholder} }`) : undefined;
      const edits = added ? [added] : addKeysToBlock(ctx.document, r.block, ['mitigations:', `  - text: ${placeholder}`], ctx.environment.eol);
      ctx.report({
        range: r.block.headRange,
        block: r.id ?? null,
        message: ctx.t({
          en: `Risk ${r.id ?? '?'} is ${ctx.label(level)} (${ctx.label(r.inherent.likelihood)} likelihood × ${ctx.label(r.inherent.impact)} impact${r.inherent.overridden ? ', motivated level' : ''}), ${threshold}, ${has}. Add measures under \`mitigations\`.`,
          nl: `Risico ${r.id ?? '?'} is ${ctx.label(level)} (kans ${ctx.label(r.inherent.likelihood)} × impact ${ctx.label(r.inherent.impact)}${r.inherent.overridden ? ', gemotiveerd niveau' : ''}), ${threshold}, ${has}. Voeg maatregelen toe onder \`mitigations\`.`,
        }),
        fixes: [{ title: ctx.t({ en: 'Add a mitigation from the catalogue…', nl: 'Maatregel uit de catalogus toevoegen…' }), choice: 'add-mitigation', edits }],
      });
    }
  },
});
