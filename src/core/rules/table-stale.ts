import { buildRegister } from '../render/register';
import { findTableMarkers, tableEdit, tableIsFresh } from '../render/table';
import { defineRule } from './types';
import type { TextEdit } from '../diagnostics';

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
    const markers = findTableMarkers(ctx.doc);
    if (!markers) return;
    const register = buildRegister(ctx.doc, { matrix: ctx.matrix, measures: ctx.measures, lang: ctx.lang }, { today: ctx.today });
    // Comparing cells is cheap; the Markdown for the fix is only made when the table is stale.
    if (tableIsFresh(ctx.doc, markers, register)) return;
    const doc = ctx.doc;
    let edits: TextEdit[] | undefined;
    ctx.report({
      range: { start: { line: markers.start, character: 0 }, end: { line: markers.start, character: ctx.doc.lines[markers.start].text.length } },
      block: null,
      message: ctx.t({
        en: 'The risk table is out of date with the risk blocks. Regenerate it (quick fix, "DPIA: Update risk overview table" or `dpia table --write`).',
        nl: 'De risicotabel loopt achter op de risicoblokken. Genereer hem opnieuw (snelle oplossing, "DPIA: Risico-overzichtstabel bijwerken" of `dpia table --write`).',
      }),
      fixes: [
        {
          title: ctx.t({ en: 'Regenerate the risk table', nl: 'Risicotabel opnieuw genereren' }),
          preferred: true,
          // Stringifying the table is the costly part: done when the fix is read, not on every keystroke.
          get edits() {
            return (edits ??= [tableEdit(doc, register).edit]);
          },
        },
      ],
    });
  },
});
