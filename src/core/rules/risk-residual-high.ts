import { addKeysToBlock, isEmptyValue } from '../model/block-edits';
import { consultationGap, type ConsultationGap } from '../model/assess';
import type { Localized } from '../i18n/lang';
import { acceptanceSnippetLines, consultationSnippetLines } from './acceptance-fix';
import { isoToday } from '../text/dates';
import { defineRule } from './types';

const GAP: Record<ConsultationGap, Localized & { nl: string }> = {
  missing: { en: 'no `consultation`', nl: 'geen `consultation`' },
  undated: { en: 'a `consultation` without a `date` (not held yet)', nl: 'een `consultation` zonder `date` (nog niet gehouden)' },
  future: { en: 'a `consultation` dated in the future (not held yet)', nl: 'een `consultation` met een datum in de toekomst (nog niet gehouden)' },
  pending: { en: 'a `consultation` with `outcome: pending`', nl: 'een `consultation` met `outcome: pending`' },
};

/** A residual risk at or above the matrix's consultation threshold needs acceptance and a prior consultation that has happened (GDPR Art. 36). */
export const riskResidualHigh = defineRule({
  code: 'risk.residual-high',
  severity: 'error',
  tags: ['risk', 'date'],
  description: {
    en: "The residual level is at or above the matrix's `consultation-required-from` level (default: the highest) and the risk lacks an `acceptance` or a prior `consultation` of the supervisory authority that has happened: dated, not after today, not `pending` (GDPR Art. 36).",
    nl: 'Het restrisico ligt op of boven `consultation-required-from` van de matrix (standaard: het hoogste niveau) en het risico mist een `acceptance` of een gehouden voorafgaande `consultation` van de toezichthouder: gedateerd, niet na vandaag, niet `pending` (AVG art. 36).',
  },
  docs:
    "The residual level is at or above the matrix's `consultation-required-from` (default:\n" +
    'the highest level) and the risk lacks an `acceptance`, or a prior `consultation` that has\n' +
    'happened: no `consultation`, no `date`, a `date` after today, or `outcome: pending` (GDPR\n' +
    'Art. 36). The message names the threshold and what is missing. Fix: add the skeletons of the\n' +
    'keys that are absent (never a second key), as a snippet whose defaults are valid: the date is\n' +
    'today, `outcome` a choice starting at `pending`, and the authority the Autoriteit\n' +
    'Persoonsgegevens in a Dutch document (a placeholder otherwise).',
  run(ctx) {
    const from = ctx.environment.matrix.consultationFrom;
    for (const r of ctx.risks) {
      const level = r.residual?.computed;
      if (!ctx.environment.matrix.atLeast(level, from)) continue;
      const gap = consultationGap(r.consultation, ctx.environment.today);
      if (r.acceptance && !gap) continue;
      const missing: string[] = [];
      if (!r.acceptance) missing.push(ctx.t({ en: 'no `acceptance`', nl: 'geen `acceptance`' }));
      if (gap) missing.push(ctx.t(GAP[gap]));
      const v = r.block.value ?? {};
      // Absent, or there with an empty value (`acceptance:`, `consultation: ~`), which the fix fills in.
      const absent = (k: string) => v[k] === undefined || isEmptyValue(v[k]);
      // A snippet (tab stops, `outcome` a choice): every default is valid, so no schema error of its own.
      const { lang } = ctx.environment;
      const today = ctx.environment.today ?? isoToday();
      const lines: string[] = [];
      if (absent('acceptance')) lines.push(...acceptanceSnippetLines(lang, today, 1));
      if (absent('consultation')) lines.push(...consultationSnippetLines(lang, today, lines.length ? 5 : 1));
      const keys = [absent('acceptance') && 'acceptance', absent('consultation') && 'consultation'].filter(Boolean) as string[];
      const threshold = ctx.t(
        from.id === ctx.environment.matrix.highest.id
          ? { en: `the highest level of the ${ctx.environment.matrix.name} matrix`, nl: `het hoogste niveau van de matrix ${ctx.environment.matrix.name}` }
          : { en: `at or above ${ctx.label(from)}, from which the ${ctx.environment.matrix.name} matrix requires prior consultation`, nl: `${ctx.label(from)} of hoger, vanaf waar de matrix ${ctx.environment.matrix.name} voorafgaande raadpleging eist` },
      );
      ctx.report({
        range: r.block.headRange,
        block: r.id ?? null,
        message: ctx.t({
          en: `Residual risk of ${r.id ?? '?'} is still ${ctx.label(level)}, ${threshold}: processing may only start after the risk is accepted and the supervisory authority has been consulted (GDPR Art. 36). Found: ${missing.join(' and ')}.`,
          nl: `Het restrisico van ${r.id ?? '?'} is nog ${ctx.label(level)}, ${threshold}: de verwerking mag pas starten na acceptatie van het risico en voorafgaande raadpleging van de toezichthouder (AVG art. 36). Gevonden: ${missing.join(' en ')}.`,
        }),
        ...(keys.length
          ? { fixes: [{ title: ctx.t({ en: `Add ${keys.join(' and ')} skeleton`, nl: `Skelet voor ${keys.join(' en ')} toevoegen` }), snippet: true, edits: addKeysToBlock(ctx.document, r.block, lines, ctx.environment.eol) }] }
          : {}),
      });
    }
  },
});
