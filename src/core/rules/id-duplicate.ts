import { locate } from '../model/document';
import type { Block, Rule } from './types';

/** Ids of risks, measures and transfers must be unique in the document. */
export const idDuplicate: Rule = {
  code: 'id.duplicate',
  severity: 'error',
  description: { en: 'Two blocks in the document have the same `id`.', nl: 'Twee blokken in het document hebben hetzelfde `id`.' },
  run(ctx) {
    const first = new Map<string, Block>();
    for (const b of ctx.doc.blocks) {
      if (!b.id) continue;
      const prev = first.get(b.id);
      if (!prev) {
        first.set(b.id, b);
        continue;
      }
      ctx.report({
        code: 'id.duplicate',
        range: locate(b, '/id'),
        block: b.id,
        message: ctx.t({
          en: `Duplicate id "${b.id}": already used by the \`${prev.kind}\` block on line ${prev.fence.openLine + 1}. Give each block a unique id.`,
          nl: `Dubbel id "${b.id}": al gebruikt door het \`${prev.kind}\`-blok op regel ${prev.fence.openLine + 1}. Geef elk blok een uniek id.`,
        }),
      });
    }
  },
};
