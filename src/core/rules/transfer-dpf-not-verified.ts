import { locate } from '../model/document';
import { destinationStatus } from '../model/destinations';
import { defineRule } from './types';

/** Relying on the DPF requires checking that the importer is certified. */
export const transferDpfNotVerified = defineRule({
  code: 'transfer.dpf-not-verified',
  severity: 'info',
  tags: ['transfer'],
  description: {
    en: 'A transfer relies on the EU-US Data Privacy Framework without a recorded check of the importer\'s certification (`dpf-verified`).',
    nl: 'Een doorgifte steunt op het EU-VS Data Privacy Framework zonder vastgelegde controle van de certificering van de importeur (`dpf-verified`).',
  },
  docs:
    "`tool: dpf` (to the US) without `dpf-verified`: record when you checked the importer's\n" +
    'certification.',
  run(ctx) {
    for (const t of ctx.transfers) {
      if (t.tool !== 'dpf' || t.dpfVerified || !t.countryKnown || destinationStatus(t.country!) !== 'dpf') continue;
      ctx.report({
        range: locate(t.block, '/tool'),
        block: t.id ?? null,
        message: ctx.t({
          en: `Transfer ${t.id ?? ''} relies on the DPF: check that ${t.block.value?.importer ?? 'the importer'} is on the Data Privacy Framework list for this data, and record the date as \`dpf-verified\`.`,
          nl: `Doorgifte ${t.id ?? ''} steunt op het DPF: controleer of ${t.block.value?.importer ?? 'de importeur'} voor deze gegevens op de Data Privacy Framework-lijst staat en leg de datum vast als \`dpf-verified\`.`,
        }),
      });
    }
  },
});
