import { locate } from '../model/document';
import { destinationStatus } from '../model/destinations';
import { defineRule } from './types';

/** The EU-US Data Privacy Framework (Implementing Decision (EU) 2023/1795) covers US importers only. */
export const transferDpfInvalid = defineRule({
  code: 'transfer.dpf-invalid',
  severity: 'error',
  tags: ['transfer'],
  description: {
    en: 'A transfer relies on the EU-US Data Privacy Framework (`tool: dpf`) but does not go to the United States: the DPF covers only certified US organisations.',
    nl: 'Een doorgifte steunt op het EU-VS Data Privacy Framework (`tool: dpf`) maar gaat niet naar de VS: het DPF dekt alleen gecertificeerde organisaties in de VS.',
  },
  docs:
    '`tool: dpf` for a destination other than the United States: the EU-US Data Privacy\n' +
    'Framework (Implementing Decision (EU) 2023/1795) covers only certified US organisations.',
  run(ctx) {
    for (const t of ctx.transfers) {
      if (t.tool !== 'dpf' || !t.countryKnown || destinationStatus(t.country!) === 'dpf') continue;
      ctx.report({
        range: locate(t.block, '/tool'),
        block: t.id ?? null,
        message: ctx.t({
          en: `Transfer ${t.id ?? ''} goes to ${t.country}, but the Data Privacy Framework covers only certified importers in the United States (US). Name the tool that covers ${t.country}: adequacy, scc (with module), bcr or another Art. 46 tool, or derogation.`,
          nl: `Doorgifte ${t.id ?? ''} gaat naar ${t.country}, maar het Data Privacy Framework dekt alleen gecertificeerde importeurs in de VS (US). Noem het instrument dat ${t.country} dekt: adequacy, scc (met module), bcr of een ander instrument van art. 46, of derogation.`,
        }),
      });
    }
  },
});
