import { locate } from '../model/document';
import type { Axis } from '../model/matrix';
import { defineRule } from './types';

const FIELDS: [string, Axis][] = [
  ['/likelihood', 'likelihood'],
  ['/impact', 'impact'],
  ['/level', 'level'],
  ['/residual/likelihood', 'likelihood'],
  ['/residual/impact', 'impact'],
  ['/residual/level', 'level'],
];

function get(v: Record<string, unknown>, pointer: string): unknown {
  let o: unknown = v;
  for (let i = 1, j; i > 0; i = j + 1) {
    j = pointer.indexOf('/', i);
    const k = j === -1 ? pointer.slice(i) : pointer.slice(i, j);
    o = typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined;
    if (j === -1) break;
  }
  return o;
}

const TRANSFER_FIELDS: [string, Axis][] = [['/residual', 'level']];

/** Likelihood, impact and level values must be values of the document's matrix (synonyms allowed). */
export const levelUnknown = defineRule({
  code: 'level.unknown',
  severity: 'error',
  tags: ['risk'],
  description: {
    en: "A likelihood, impact or level is not a value of the document's risk matrix.",
    nl: 'Een kans, impact of niveau is geen waarde van de risicomatrix van het document.',
  },
  docs:
    "A likelihood, impact or level is not a value of the document's matrix. Fixes: each\n" +
    'allowed value.',
  run(ctx) {
    for (const b of ctx.document.blocks) {
      if (!b.value || b.kind === 'measure') continue;
      for (const [pointer, axis] of b.kind === 'risk' ? FIELDS : TRANSFER_FIELDS) {
        const raw = get(b.value, pointer);
        if (typeof raw !== 'string' || ctx.environment.matrix.normalise(axis, raw)) continue;
        const allowed = ctx.environment.matrix.values(axis).map((v) => ctx.label(v));
        const range = locate(b, pointer);
        ctx.report({
          range,
          block: b.id ?? null,
          message: ctx.t({
            en: `"${raw}" is not a ${axis} of the ${ctx.environment.matrix.name} matrix; expected one of: ${allowed.join(', ')}.`,
            nl: `"${raw}" is geen ${axis === 'likelihood' ? 'kans' : axis === 'impact' ? 'impact' : 'niveau'} van de matrix ${ctx.environment.matrix.name}; verwacht een van: ${allowed.join(', ')}.`,
          }),
          fixes: allowed.map((a) => ({ title: ctx.t({ en: `Change to "${a}"`, nl: `Wijzig in "${a}"` }), edits: [{ range, newText: a }] })),
        });
      }
    }
  },
});
