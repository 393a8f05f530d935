import { defineRule } from './types';

/** The risk table between the markers no longer matches the risk blocks. */
export const tableStale = defineRule({
  code: 'table.stale',
  severity: 'warning',
  tags: ['document', 'date'],
  description: {
    en: 'The risk table between `<!-- dpia:risk-table -->` and `<!-- /dpia:risk-table -->` does not match the risk blocks any more.',
    nl: 'De risicotabel tussen `<!-- dpia:risk-table -->` en `<!-- /dpia:risk-table -->` komt niet meer overeen met de risicoblokken.',
  },
  docs:
    'The risk table between `<!-- dpia:risk-table -->` and `<!-- /dpia:risk-table -->`\n' +
    'no longer matches the risk blocks (differences in spacing do not count). Fix: regenerate the\n' +
    'table; only the text between the markers changes.',
  run(ctx) {
    // The analysis compares the table with the register (cheap: cells only); the rule only reports.
    const table = ctx.riskTable;
    if (!table || table.fresh) return;
    ctx.report({
      range: { start: { line: table.start, character: 0 }, end: { line: table.start, character: ctx.document.lines[table.start].text.length } },
      block: null,
      message: ctx.t({
        en: 'The risk table is out of date with the risk blocks. Regenerate it (quick fix, "DPIA: Update risk overview table" or `dpia table --write`).',
        nl: 'De risicotabel loopt achter op de risicoblokken. Genereer hem opnieuw (snelle oplossing, "DPIA: Risico-overzichtstabel bijwerken" of `dpia table --write`).',
      }),
      // Writing the table's Markdown is the costly part: the edit is made when the fix is resolved, not on every keystroke.
      fixes: [{ title: ctx.t({ en: 'Regenerate the risk table', nl: 'Risicotabel opnieuw genereren' }), preferred: true, edits: [], resolve: 'risk-table' }],
    });
  },
});
