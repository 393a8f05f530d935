import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { prescanFindings } from '../model/prescan';
import { defineRule } from './types';

/** WP248 rev.01: two or more criteria usually mean a DPIA; the AP list and Art. 35(3) make it mandatory. */
export const prescanOutcomeContradictsCriteria = defineRule({
  code: 'prescan.outcome-contradicts-criteria',
  severity: 'error',
  tags: ['prescan'],
  description: {
    en: 'A pre-scan concludes `no-dpia-needed` although two or more WP248 criteria are met (without a documented `exception`), or a processing type on the Dutch DPIA list or a case of GDPR Art. 35(3) applies.',
    nl: 'Een pre-scan concludeert `no-dpia-needed` terwijl aan twee of meer WP248-criteria is voldaan (zonder gedocumenteerde `exception`), of een soort verwerking van de Nederlandse DPIA-lijst of een geval van AVG art. 35 lid 3 van toepassing is.',
  },
  docs:
    'A `prescan` block has `outcome: no-dpia-needed` while\n' +
    '- two or more of the nine criteria of WP248 rev.01 have `applies: true` and there is no\n' +
    '  `exception` (WP248 allows a controller to conclude otherwise when it documents why a high\n' +
    '  risk is unlikely), or\n' +
    '- `ap-list` names a processing type on the Autoriteit Persoonsgegevens\' list (Stcrt. 2019,\n' +
    '  64418; GDPR Art. 35(4)), or `art35-3` names a case of Art. 35(3): then a DPIA is mandatory\n' +
    '  and an `exception` does not help.',
  run(ctx) {
    for (const b of readParts(ctx.document).prescans) {
      if (b.value?.outcome !== 'no-dpia-needed') continue;
      const f = prescanFindings(b);
      const hasException = typeof b.value.exception === 'string' && b.value.exception.trim() !== '';
      const mandatory = [...f.apList.map((x) => `AP: ${x}`), ...f.art35.map((x) => `Art. 35(3)(${x})`)];
      if (!mandatory.length && (f.criteria.length < 2 || hasException)) continue;
      const list = [...mandatory, ...(f.criteria.length >= 2 ? [f.criteria.join(', ')] : [])].join('; ');
      ctx.report({
        range: locate(b, '/outcome'),
        block: b.id ?? null,
        message: mandatory.length
          ? ctx.t({
              en: `The pre-scan concludes no DPIA is needed, but a DPIA is mandatory here (${list}). Change \`outcome\` to dpia-required.`,
              nl: `De pre-scan concludeert dat geen DPIA nodig is, maar een DPIA is hier verplicht (${list}). Wijzig \`outcome\` in dpia-required.`,
            })
          : ctx.t({
              en: `The pre-scan concludes no DPIA is needed, but ${f.criteria.length} WP248 criteria are met (${list}). Change \`outcome\` to dpia-required, or document in \`exception\` why a high risk is unlikely.`,
              nl: `De pre-scan concludeert dat geen DPIA nodig is, maar aan ${f.criteria.length} WP248-criteria is voldaan (${list}). Wijzig \`outcome\` in dpia-required, of leg in \`exception\` vast waarom een hoog risico onwaarschijnlijk is.`,
            }),
        fixes: [{ title: ctx.t({ en: 'Change to dpia-required', nl: 'Wijzig in dpia-required' }), edits: [{ range: locate(b, '/outcome'), newText: 'dpia-required' }] }],
      });
    }
  },
});
