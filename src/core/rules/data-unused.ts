import { locate } from '../model/document';
import { dataUses, readParts } from '../model/parts';
import { defineRule } from './types';

/** A data category that no purpose or processing uses is either superfluous (data minimisation) or an omission. */
export const dataUnused = defineRule({
  code: 'data.unused',
  severity: 'info',
  tags: ['data'],
  description: {
    en: 'A data category is declared but no `purpose` or `processing` block uses it (in `data`).',
    nl: 'Een gegevenscategorie is beschreven maar geen `purpose`- of `processing`-blok gebruikt haar (in `data`).',
  },
  docs:
    'A `data` block whose id appears in the `data` list of no `purpose` and no `processing` block.\n' +
    'Either the category is not needed (data minimisation, GDPR Art. 5(1)(c)) or a purpose forgets to\n' +
    'name it. Only reported when the document has `purpose` or `processing` blocks.',
  run(ctx) {
    const parts = readParts(ctx.document);
    if (!parts.purposes.length && !parts.processing.length) return;
    const uses = dataUses(parts);
    for (const d of parts.data) {
      if (!d.id || uses.has(d.id)) continue;
      ctx.report({
        range: locate(d.block, '/id'),
        block: d.id,
        message: ctx.t({
          en: `Data category ${d.id} is used by no purpose or processing. Name it in a purpose's \`data\`, or remove it.`,
          nl: `Gegevenscategorie ${d.id} wordt door geen doel of verwerking gebruikt. Noem haar in \`data\` van een doel, of verwijder haar.`,
        }),
      });
    }
  },
});
