import { locate } from '../model/document';
import { isOverdue, mitigationsOf } from '../model/assess';
import { defineRule } from './types';
import { statusLabel } from '../i18n/status-labels';

/** A measure past its due date that is not implemented (rejected measures are not chased). */
export const measureOverdue = defineRule({
  code: 'measure.overdue',
  severity: 'warning',
  tags: ['measure', 'date'],
  description: {
    en: 'A mitigation or measure has a `due` date in the past and its status is not `implemented` (or `rejected`).',
    nl: 'Een maatregel heeft een `due`-datum in het verleden en de status is niet `implemented` (of `rejected`).',
  },
  docs:
    'A mitigation or measure has a `due` date before today and its status is not\n' +
    '`implemented`. Rejected measures are not reported. Uses `--today`; off with `--no-dates`.',
  run(ctx) {
    const today = ctx.environment.today;
    if (!today) return;
    for (const b of ctx.document.blocks) {
      if (!b.value) continue;
      const items =
        b.kind === 'measure'
          ? [{ pointer: '', due: b.value.due, status: b.value.status, name: b.id }]
          : b.kind === 'risk'
            ? mitigationsOf(b.value).map((m) => ({ pointer: m.pointer, due: m.due, status: m.status, name: m.measure ?? m.text }))
            : [];
      for (const it of items) {
        if (!isOverdue(it.due, it.status, today)) continue;
        const status = typeof it.status === 'string' ? statusLabel(it.status, ctx.environment.lang) : ctx.t({ en: 'no status', nl: 'geen status' });
        ctx.report({
          range: locate(b, `${it.pointer}/due`),
          block: b.id ?? null,
          message: ctx.t({
            en: `Measure "${it.name ?? '?'}" was due on ${it.due} but is ${status}. Implement it, set a new \`due\` date, or set \`status: implemented\`.`,
            nl: `Maatregel "${it.name ?? '?'}" moest op ${it.due} klaar zijn maar is ${status}. Voer hem uit, kies een nieuwe \`due\`-datum, of zet \`status: implemented\`.`,
          }),
        });
      }
    }
  },
});
