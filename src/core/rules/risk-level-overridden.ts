import { locate } from '../model/document';
import type { RiskAssessment, Scored } from '../model/assess';
import { defineRule, type RuleContext } from './types';

function check(ctx: RuleContext<'risk.level-overridden'>, r: RiskAssessment, s: Scored, pointer: string, residual: boolean) {
  if (!s.overridden) return;
  const kind = residual ? ctx.t({ en: 'residual level', nl: 'restrisiconiveau' }) : ctx.t({ en: 'level', nl: 'niveau' });
  ctx.report({
    range: locate(r.block, pointer),
    block: r.id ?? null,
    message: ctx.t({
      en: `The ${kind} of ${r.id ?? '?'} is set to "${ctx.label(s.stated)}" with a motivation, deviating from the ${ctx.environment.matrix.name} matrix (${ctx.label(s.likelihood)} likelihood × ${ctx.label(s.impact)} impact gives "${ctx.label(s.fromMatrix)}"). The stated level is used in every check, the risk table, the preview and the PDF.`,
      nl: `Het ${kind} van ${r.id ?? '?'} is gemotiveerd op "${ctx.label(s.stated)}" gezet, afwijkend van de matrix ${ctx.environment.matrix.name} (kans ${ctx.label(s.likelihood)} × impact ${ctx.label(s.impact)} geeft "${ctx.label(s.fromMatrix)}"). Het opgegeven niveau wordt gebruikt in alle controles, de risicotabel, de preview en de PDF.`,
    }),
  });
}

/** A stated level that differs from the matrix with `motivation.level` is an explicit, motivated deviation. */
export const riskLevelOverridden = defineRule({
  code: 'risk.level-overridden',
  severity: 'info',
  tags: ['risk'],
  description: {
    en: 'A stated `level` differs from the matrix and `motivation.level` motivates it: the stated level replaces the matrix level in every check, the risk table, the preview and the PDF.',
    nl: 'Een opgegeven `level` wijkt af van de matrix en `motivation.level` motiveert dat: het opgegeven niveau vervangt het niveau uit de matrix in alle controles, de risicotabel, de preview en de PDF.',
  },
  docs:
    'A stated `level` (or `residual.level`) differs from the matrix and `motivation.level`\n' +
    '(or `residual.motivation.level`) says why: a motivated deviation. The stated level is used by\n' +
    'every rule, the table, the preview and the PDF (see "Stated levels").',
  run(ctx) {
    for (const r of ctx.risks) {
      check(ctx, r, r.inherent, '/level', false);
      if (r.residual) check(ctx, r, r.residual, '/residual/level', true);
    }
  },
});
