import { defineRule } from './types';

/** A risk/measure/transfer fence that is never closed swallows the rest of the document. */
export const fenceUnterminated = defineRule({
  code: 'fence.unterminated',
  severity: 'warning',
  tags: ['syntax'],
  description: {
    en: 'A `risk`, `measure` or `transfer` block has no closing fence, so it runs to the end of the document.',
    nl: 'Een `risk`-, `measure`- of `transfer`-blok heeft geen afsluitend hek en loopt daardoor door tot het einde van het document.',
  },
  docs:
    'A `risk`, `measure` or `transfer` block has no closing fence, so everything after\n' +
    'it is read as YAML. Add the closing fence.',
  run(ctx) {
    for (const b of ctx.document.blocks) {
      if (b.fence.closeLine !== null) continue;
      const fence = ctx.document.lines[b.fence.openLine].text.trim().match(/^(`+|~+)/)?.[1] ?? '```';
      ctx.report({
        range: b.headRange,
        block: b.id ?? null,
        message: ctx.t({
          en: `The \`${b.kind}\` block is not closed; everything after it is read as YAML. Add a closing ${fence} line.`,
          nl: `Het \`${b.kind}\`-blok is niet afgesloten; alles erna wordt als YAML gelezen. Voeg een afsluitende regel ${fence} toe.`,
        }),
      });
    }
  },
});
