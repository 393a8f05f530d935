import { locate } from '../model/document';
import type { Scored } from '../model/assess';
import { defineRule, type RuleContext } from './types';
import type { RiskAssessment } from '../model/assess';

function check(ctx: RuleContext<'risk.level-mismatch'>, r: RiskAssessment, s: Scored, pointer: string, residual: boolean) {
  if (!s.stated || !s.fromMatrix || s.stated.id === s.fromMatrix.id || s.overridden) return;
  const range = locate(r.block, pointer);
  const expected = ctx.label(s.fromMatrix);
  const kind = residual ? ctx.t({ en: 'residual level', nl: 'restrisiconiveau' }) : ctx.t({ en: 'level', nl: 'niveau' });
  const why = residual ? 'residual.motivation.level' : 'motivation.level';
  ctx.report({
    range,
    block: r.id ?? null,
    message: ctx.t({
      en: `Stated ${kind} "${String(s.statedRaw)}" contradicts the ${ctx.environment.matrix.name} matrix: ${ctx.label(s.likelihood)} likelihood × ${ctx.label(s.impact)} impact gives "${expected}". Use "${expected}", or motivate the deviation in \`${why}\`.`,
      nl: `Opgegeven ${kind} "${String(s.statedRaw)}" is in strijd met de matrix ${ctx.environment.matrix.name}: kans ${ctx.label(s.likelihood)} × impact ${ctx.label(s.impact)} geeft "${expected}". Gebruik "${expected}", of motiveer de afwijking in \`${why}\`.`,
    }),
    fixes: [{ title: ctx.t({ en: `Set ${kind} to "${expected}"`, nl: `Zet ${kind} op "${expected}"` }), preferred: true, edits: [{ range, newText: expected }] }],
  });
}

/** A stated inherent or residual level must be what the matrix gives, unless the deviation is motivated. */
export const riskLevelMismatch = defineRule({
  code: 'risk.level-mismatch',
  severity: 'error',
  tags: ['risk'],
  description: {
    en: 'A stated `level` (inherent or residual) differs from what the risk matrix gives for its likelihood and impact, and no `motivation.level` explains the deviation.',
    nl: 'Een opgegeven `level` (inherent of rest) wijkt af van wat de risicomatrix geeft voor de kans en impact, en geen `motivation.level` verklaart de afwijking.',
  },
  docs:
    'A stated `level` (inherent or residual) differs from what the matrix gives for the\n' +
    "likelihood and impact, and no `motivation.level` motivates the deviation. Fix: the matrix's\n" +
    'level.',
  run(ctx) {
    for (const r of ctx.risks) {
      check(ctx, r, r.inherent, '/level', false);
      if (r.residual) check(ctx, r, r.residual, '/residual/level', true);
    }
  },
});
