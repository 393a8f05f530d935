import { locate } from '../model/document';
import { defineRule, type Block } from './types';

/** Ids of risks, measures and transfers must be unique in the document. */
export const idDuplicate = defineRule({
  code: 'id.duplicate',
  severity: 'error',
  tags: ['document'],
  description: { en: 'Two blocks in the document have the same `id`.', nl: 'Twee blokken in het document hebben hetzelfde `id`.' },
  docs:
    'Two blocks have the same `id`. Located at the second one.',
  run(ctx) {
    const first = new Map<string, Block>();
    for (const b of ctx.document.blocks) {
      if (!b.id) continue;
      const prev = first.get(b.id);
      if (!prev) {
        first.set(b.id, b);
        continue;
      }
      ctx.report({
        range: locate(b, '/id'),
        block: b.id,
        message: ctx.t({
          en: `Duplicate id "${b.id}": already used by the \`${prev.kind}\` block on line ${prev.fence.openLine + 1}. Give each block a unique id.`,
          nl: `Dubbel id "${b.id}": al gebruikt door het \`${prev.kind}\`-blok op regel ${prev.fence.openLine + 1}. Geef elk blok een uniek id.`,
        }),
      });
    }
  },
});
