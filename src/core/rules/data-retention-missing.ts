import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { defineRule } from './types';

/** Storage limitation (GDPR Art. 5(1)(e)): every category needs a retention period or rule (§10 of the model). */
export const dataRetentionMissing = defineRule({
  code: 'data.retention-missing',
  severity: 'warning',
  tags: ['data'],
  description: {
    en: 'A data category has no retention period or rule (`retention.period` or `retention.rule`), which GDPR Art. 5(1)(e) and §10 of the Model DPIA ask for.',
    nl: 'Een gegevenscategorie heeft geen bewaartermijn of bewaarregel (`retention.period` of `retention.rule`), waar AVG art. 5 lid 1 onder e en §10 van het Model DPIA om vragen.',
  },
  docs:
    'A `data` block has no `retention` with a `period` (ISO 8601 duration such as `P6M`) or a\n' +
    '`rule`. Storage limitation (GDPR Art. 5(1)(e)) and §10 of the Model DPIA Rijksdienst ask how long\n' +
    'each category is kept, from when, and who enforces it.',
  run(ctx) {
    for (const d of readParts(ctx.document).data) {
      if (d.hasRetention) continue;
      ctx.report({
        range: d.block.value?.retention !== undefined ? locate(d.block, '/retention', 'key') : locate(d.block, '/id'),
        block: d.id ?? null,
        message: ctx.t({
          en: `Data category ${d.id ?? ''} has no retention period or rule. Add \`retention: { period: P…, trigger: …, enforced-by: … }\` or \`retention: { rule: … }\`.`,
          nl: `Gegevenscategorie ${d.id ?? ''} heeft geen bewaartermijn of bewaarregel. Voeg \`retention: { period: P…, trigger: …, enforced-by: … }\` of \`retention: { rule: … }\` toe.`,
        }),
      });
    }
  },
});
