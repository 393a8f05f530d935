import { readParts } from '../model/parts';
import { defineRule } from './types';

const norm = (s: string) => s.trim().toLowerCase();

/** A data category the pre-scan lists is missing from the DPIA's data inventory (part A). */
export const prescanDataNotInInventory = defineRule({
  code: 'prescan.data-not-in-inventory',
  severity: 'warning',
  tags: ['prescan', 'data'],
  description: {
    en: 'A data category listed in the linked pre-scan has no `data` block in the DPIA\'s data inventory.',
    nl: 'Een gegevenscategorie uit de gekoppelde pre-scan heeft geen `data`-blok in de gegevensinventaris van de DPIA.',
  },
  docs: 'When a DPIA names its pre-scan (front matter `prescan:`), the data categories the pre-scan lists\n(`data:` of its `prescan` blocks, ids or names) carry over into the DPIA\'s data inventory (part A, §2\nand §10 of the Model DPIA Rijksdienst). Each must match the `id` or `name` of a `data` block\n(case-insensitive); a category the screening saw but the DPIA does not describe is reported at the\n`prescan:` line. Either add the `data` block, or correct the pre-scan if the processing does not use\nthe category. Completion in a `data` block\'s `id` offers the categories still missing.',
  run(ctx) {
    const linked = ctx.environment.linkedPrescan;
    if (!linked || linked.error !== undefined || ctx.document.type === 'dtia') return;
    const known = new Set(readParts(ctx.document).data.flatMap((d) => [d.id, d.name]).filter((x): x is string => !!x).map(norm));
    for (const d of linked.data) {
      if (known.has(norm(d))) continue;
      ctx.report({
        range: linked.range,
        block: null,
        message: ctx.t({
          en: `The pre-scan lists the data category "${d}", but the data inventory has no \`data\` block for it: add one (\`id: ${d}\`), or remove the category from the pre-scan if the processing does not use it.`,
          nl: `De pre-scan noemt de gegevenscategorie "${d}", maar de gegevensinventaris heeft er geen \`data\`-blok voor: voeg er een toe (\`id: ${d}\`), of haal de categorie uit de pre-scan als de verwerking haar niet gebruikt.`,
        }),
      });
    }
  },
});
