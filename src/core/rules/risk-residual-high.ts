import { addKeysToBlock } from './edits';
import type { Rule } from './types';

/** A residual risk at the highest level needs formal acceptance and prior consultation (GDPR Art. 36). */
export const riskResidualHigh: Rule = {
  code: 'risk.residual-high',
  severity: 'error',
  description: {
    en: "The residual level is the matrix's highest and the risk lacks an `acceptance` together with a `consultation` of the supervisory authority (GDPR Art. 36).",
    nl: 'Het restrisico heeft het hoogste niveau van de matrix en het risico mist een `acceptance` samen met een `consultation` van de toezichthouder (AVG art. 36).',
  },
  run(ctx) {
    const top = ctx.matrix.highest;
    for (const r of ctx.risks) {
      const level = r.residual?.computed;
      if (level?.id !== top.id || (r.acceptance && r.consultation)) continue;
      const missing = [!r.acceptance && 'acceptance', !r.consultation && 'consultation'].filter(Boolean) as string[];
      const lines: string[] = [];
      if (!r.acceptance) lines.push('acceptance:', '  by: ', '  date: ', '  rationale: ');
      if (!r.consultation) lines.push('consultation:', `  authority: ${ctx.t({ en: 'Autoriteit Persoonsgegevens', nl: 'Autoriteit Persoonsgegevens' })}`, '  date: ', '  reference: ');
      ctx.report({
        code: 'risk.residual-high',
        range: r.block.headRange,
        block: r.id ?? null,
        message: ctx.t({
          en: `Residual risk of ${r.id} is still ${ctx.label(level)}: processing may only start after the risk is accepted and the supervisory authority is consulted (GDPR Art. 36). Missing: ${missing.map((m) => `\`${m}\``).join(' and ')}.`,
          nl: `Het restrisico van ${r.id} is nog ${ctx.label(level)}: de verwerking mag pas starten na acceptatie van het risico en voorafgaande raadpleging van de toezichthouder (AVG art. 36). Ontbreekt: ${missing.map((m) => `\`${m}\``).join(' en ')}.`,
        }),
        fixes: [{ title: ctx.t({ en: `Add ${missing.join(' and ')} skeleton`, nl: `Skelet voor ${missing.join(' en ')} toevoegen` }), edits: addKeysToBlock(ctx.doc, r.block, lines, ctx.eol) }],
      });
    }
  },
};
