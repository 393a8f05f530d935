import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { defineRule } from './types';

/** GDPR Art. 6(1), last sentence: point (f) does not apply to processing by public authorities in the performance of their tasks. */
export const purposeLegitimateInterestPublicTask = defineRule({
  code: 'purpose.legitimate-interest-public-task',
  severity: 'error',
  tags: ['purpose'],
  description: {
    en: 'A public authority (`organisation-type: public`) relies on legitimate interests (Art. 6(1)(f)) for a purpose in the performance of its tasks, which the last sentence of Art. 6(1) rules out.',
    nl: 'Een overheidsorgaan (`organisation-type: public`) steunt voor een doel in de uitoefening van zijn taken op gerechtvaardigd belang (art. 6 lid 1 onder f), wat de laatste zin van art. 6 lid 1 uitsluit.',
  },
  docs:
    'The front matter says `organisation-type: public` and a `purpose` has `basis: f`. Under the\n' +
    'last sentence of GDPR Art. 6(1), point (f) does not apply to processing carried out by public\n' +
    'authorities in the performance of their tasks; use (e) with the law that gives the task, or\n' +
    'set `public-task: false` on a purpose that lies outside the public task (e.g. facility\n' +
    'management) and explain it in `balancing`.',
  run(ctx) {
    if (ctx.document.frontMatter?.value?.['organisation-type'] !== 'public') return;
    for (const p of readParts(ctx.document).purposes) {
      if (p.basis !== 'f' || !p.publicTask) continue;
      ctx.report({
        range: locate(p.block, '/basis'),
        block: p.id ?? null,
        message: ctx.t({
          en: `Purpose ${p.id ?? ''}: a public authority cannot rely on legitimate interests (Art. 6(1)(f)) for processing in the performance of its tasks. Use basis e with the \`provision\` that gives the task, or set \`public-task: false\` if the purpose lies outside it.`,
          nl: `Doel ${p.id ?? ''}: een overheidsorgaan kan voor verwerking bij de uitoefening van zijn taken niet steunen op gerechtvaardigd belang (art. 6 lid 1 onder f). Gebruik grondslag e met de \`provision\` die de taak geeft, of zet \`public-task: false\` als het doel erbuiten valt.`,
        }),
      });
    }
  },
});
