import { locate } from '../model/document';
import { retiredAcceptance } from '../model/retired';
import { acceptanceFix } from './acceptance-fix';
import { defineRule } from './types';

/** Mitigations must refer to a measure that exists somewhere. */
export const measureUnknown = defineRule({
  code: 'measure.unknown',
  severity: 'error',
  tags: ['measure'],
  description: {
    en: "A mitigation or a transfer safeguard refers to a measure id that is defined neither in the document, nor in its catalogues, nor in the built-in catalogue, or to a former catalogue id that is a risk acceptance, not a measure.",
    nl: 'Een maatregel verwijst naar een kenmerk dat niet in het document, niet in de catalogi en niet in de ingebouwde catalogus staat, of naar een voormalig catalogusnummer dat een risicoacceptatie is en geen maatregel.',
  },
  docs:
    'A mitigation or a transfer safeguard names a measure id that is defined neither in the\n' +
    'document, nor in its catalogues, nor in the built-in catalogue. Fixes: the closest known ids.\n' +
    'Also reported for an id that is known to be a risk acceptance, not a measure\n' +
    '(`src/core/data/retired-measures.yaml`, dated, with its source: so far\n' +
    '`M365-ACCEPT-TRANSFER-LOGS-2023` from the 2023 Defender memo), even when a catalogue still lists\n' +
    'it. Fix: remove the mitigation and add an `acceptance` (`by`, `date`, `until`, `rationale`,\n' +
    'prefilled from the source) unless the risk already has one.',
  run(ctx) {
    const lists = [
      ...ctx.risks.map((r) => ({ block: r.block, id: r.id, refs: r.mitigations, key: 'mitigations' })),
      ...ctx.transfers.map((t) => ({ block: t.block, id: t.id, refs: t.safeguards, key: 'safeguards' })),
    ];
    for (const r of lists) {
      for (const m of r.refs) {
        if (!m.measure) continue;
        const retired = retiredAcceptance(m.measure);
        if (!retired && ctx.environment.measures.get(m.measure)) continue;
        const pointer = typeof (r.block.value?.[r.key] as unknown[])[m.index] === 'string' ? m.pointer : `${m.pointer}/measure`;
        const range = locate(r.block, pointer);
        if (retired) {
          const isRisk = r.key === 'mitigations';
          ctx.report({
            range,
            block: r.id ?? null,
            message: ctx.t({
              en: `"${m.measure}" is a risk acceptance, not a measure: accepting a risk does not lower it. Record it as the risk's \`acceptance\` (by, date, until, rationale) and remove it from \`${r.key}\`.`,
              nl: `"${m.measure}" is een risicoacceptatie, geen maatregel: een risico accepteren verlaagt het niet. Leg haar vast als \`acceptance\` van het risico (by, date, until, rationale) en haal haar weg uit \`${r.key}\`.`,
            }),
            ...(isRisk
              ? { fixes: [{ title: ctx.t({ en: 'Turn it into an `acceptance`', nl: 'Omzetten in een `acceptance`' }), preferred: true, snippet: true, edits: acceptanceFix(ctx.document, r.block, m.index, retired, ctx.environment.lang, ctx.environment.eol) }] }
              : {}),
          });
          continue;
        }
        const close = ctx.environment.measures.closest(m.measure);
        ctx.report({
          range,
          block: r.id ?? null,
          message: ctx.t({
            en: `Unknown measure "${m.measure}": define it in a \`measure\` block or a catalogue${close.length ? `, or did you mean ${close.map((c) => `"${c}"`).join(', ')}?` : '.'}`,
            nl: `Onbekende maatregel "${m.measure}": definieer hem in een \`measure\`-blok of een catalogus${close.length ? `, of bedoelde u ${close.map((c) => `"${c}"`).join(', ')}?` : '.'}`,
          }),
          fixes: close.map((c, i) => ({ title: ctx.t({ en: `Change to "${c}"`, nl: `Wijzig in "${c}"` }), preferred: i === 0, edits: [{ range, newText: c }] })),
        });
      }
    }
  },
});
