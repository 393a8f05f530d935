import { locate } from '../model/document';
import { documentStatus } from '../model/assess';
import { defineRule } from './types';

/** The supervisory authority objected to the processing (GDPR Art. 36(2)); only a draft may still say so. */
export const consultationObjection = defineRule({
  code: 'consultation.objection',
  severity: 'error',
  tags: ['risk'],
  description: {
    en: 'The supervisory authority objected (`consultation.outcome: objection`) and the document is not a draft: the processing cannot go ahead as assessed (GDPR Art. 36(2)).',
    nl: 'De toezichthouder heeft bezwaar gemaakt (`consultation.outcome: objection`) en het document is geen concept: de verwerking kan niet doorgaan zoals beoordeeld (AVG art. 36 lid 2).',
  },
  docs:
    '`consultation.outcome: objection`: the supervisory authority objected to the\n' +
    'processing (GDPR Art. 36(2)) and the document is not a draft (`status: draft` or `concept`).\n' +
    'Change the processing and consult again.',
  run(ctx) {
    if (documentStatus(ctx.document) === 'draft') return;
    for (const r of ctx.risks) {
      if (r.consultation?.outcome !== 'objection') continue;
      const authority = typeof r.consultation.authority === 'string' ? r.consultation.authority : ctx.t({ en: 'the supervisory authority', nl: 'de toezichthouder' });
      ctx.report({
        range: locate(r.block, '/consultation/outcome'),
        block: r.id ?? null,
        message: ctx.t({
          en: `${authority} objected to the processing for risk ${r.id ?? '?'} (GDPR Art. 36(2)). Do not start the processing: change it and lower the residual risk, then consult again, or set the document back to \`status: draft\`.`,
          nl: `${authority} heeft bezwaar gemaakt tegen de verwerking bij risico ${r.id ?? '?'} (AVG art. 36 lid 2). Start de verwerking niet: pas haar aan en verlaag het restrisico, raadpleeg daarna opnieuw, of zet het document terug op \`status: draft\`.`,
        }),
      });
    }
  },
});
