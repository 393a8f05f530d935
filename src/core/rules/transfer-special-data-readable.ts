import { locate } from '../model/document';
import { destinationStatus } from '../model/destinations';
import { defineRule } from './types';

/** Special-category data to a destination with problem laws must stay unreadable to the importer. */
export const transferSpecialDataReadable = defineRule({
  code: 'transfer.special-data-readable',
  severity: 'error',
  tags: ['transfer'],
  description: {
    en: 'Special-category data goes to a destination with problem laws (those the destination is known for, such as FISA 702 and EO 12333 for the US, and those listed in `laws`) and no safeguard keeps it unreadable to the importer (customer-held keys or equivalent).',
    nl: 'Bijzondere persoonsgegevens gaan naar een bestemming met problematische wetten (die waar het land om bekendstaat, zoals FISA 702 en EO 12333 voor de VS, en die in `laws`) en geen waarborg houdt ze onleesbaar voor de importeur (sleutels in eigen beheer of vergelijkbaar).',
  },
  docs:
    "`special-categories: true`, the destination has problem laws (the destination's\n" +
    'defaults, FISA 702 and EO 12333 for the US, plus any listed `laws`), and no safeguard keeps the\n' +
    'data unreadable to the importer: a catalogue measure marked so (`M365-DKE`), a `measure` block\n' +
    'or an inline safeguard with `keeps-data-unreadable: true`.',
  run(ctx) {
    for (const t of ctx.transfers) {
      if (!t.special || !t.problemLaws.length || (t.country && destinationStatus(t.country) === 'eea')) continue;
      const protectedBy = t.safeguards.filter((s) => s.keepsDataUnreadable || (s.measure && ctx.environment.measures.get(s.measure)?.keepsDataUnreadable));
      if (protectedBy.length) continue;
      const candidates = ctx.environment.measures.all().filter((m) => m.keepsDataUnreadable).map((m) => m.id);
      ctx.report({
        range: locate(t.block, '/special-categories', 'key'),
        block: t.id ?? null,
        message: ctx.t({
          en: `Transfer ${t.id ?? ''} carries special-category data to ${t.country ?? '?'} (${t.problemLaws.join(', ')}) but no safeguard keeps it unreadable to the importer. Add one with customer-held keys${candidates.length ? ` (e.g. ${candidates.join(', ')})` : ''}, or mark an inline safeguard \`keeps-data-unreadable: true\`.`,
          nl: `Doorgifte ${t.id ?? ''} bevat bijzondere persoonsgegevens naar ${t.country ?? '?'} (${t.problemLaws.join(', ')}) maar geen waarborg houdt ze onleesbaar voor de importeur. Voeg er een toe met sleutels in eigen beheer${candidates.length ? ` (bijv. ${candidates.join(', ')})` : ''}, of markeer een waarborg met \`keeps-data-unreadable: true\`.`,
        }),
      });
    }
  },
});
