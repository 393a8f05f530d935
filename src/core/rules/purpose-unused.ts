import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { defineRule } from './types';

/** A purpose that no processing serves is either stale or the processing forgets it. */
export const purposeUnused = defineRule({
  code: 'purpose.unused',
  severity: 'info',
  tags: ['purpose'],
  description: {
    en: 'A purpose is declared but no `processing` block serves it (in `purposes`).',
    nl: 'Een doel is beschreven maar geen `processing`-blok dient het (in `purposes`).',
  },
  docs:
    'A `purpose` block whose id appears in the `purposes` list of no `processing` block. Only\n' +
    'reported when the document has `processing` blocks.',
  run(ctx) {
    const parts = readParts(ctx.document);
    if (!parts.processing.length) return;
    const used = new Set(parts.processing.flatMap((p) => p.purposes.map((x) => x.id)));
    for (const p of parts.purposes) {
      if (!p.id || used.has(p.id)) continue;
      ctx.report({
        range: locate(p.block, '/id'),
        block: p.id,
        message: ctx.t({
          en: `Purpose ${p.id} is served by no processing. Name it in a processing's \`purposes\`, or remove it.`,
          nl: `Doel ${p.id} wordt door geen verwerking gediend. Noem het in \`purposes\` van een verwerking, of verwijder het.`,
        }),
      });
    }
  },
});
