import { locate } from '../model/document';
import { transfersOf } from '../model/transfers';
import { destinationStatus } from '../model/transfer';
import type { Rule } from './types';

/** A transfer outside the EEA needs adequacy or a transfer tool (GDPR Art. 44–49). */
export const transferNoTool: Rule = {
  code: 'transfer.no-tool',
  severity: 'error',
  description: {
    en: 'A transfer goes to a country without an adequacy decision and names no valid transfer tool (`tool`).',
    nl: 'Een doorgifte gaat naar een land zonder adequaatheidsbesluit en noemt geen geldig doorgifte-instrument (`tool`).',
  },
  run(ctx) {
    for (const t of transfersOf(ctx.doc)) {
      if (!t.country || !/^[A-Z]{2}$/.test(t.country)) continue;
      const status = destinationStatus(t.country);
      if (status === 'eea') continue;
      const claimsAdequacy = t.tool === 'adequacy';
      if (t.tool && !claimsAdequacy) continue;
      if (status === 'adequate' && (claimsAdequacy || !t.tool)) continue;
      const usHint = status === 'dpf';
      const range = t.tool ? locate(t.block, '/tool') : t.block.headRange;
      ctx.report({
        code: 'transfer.no-tool',
        range,
        block: t.id ?? null,
        message: claimsAdequacy
          ? ctx.t({
              en: `${t.country} has no general adequacy decision${usHint ? '; for a DPF-certified importer use `tool: dpf`' : ''}. Name a transfer tool: scc (with module), bcr, ${usHint ? 'dpf, ' : ''}or derogation.`,
              nl: `${t.country} heeft geen algemeen adequaatheidsbesluit${usHint ? '; gebruik voor een DPF-gecertificeerde importeur `tool: dpf`' : ''}. Noem een doorgifte-instrument: scc (met module), bcr, ${usHint ? 'dpf, ' : ''}of derogation.`,
            })
          : ctx.t({
              en: `Transfer ${t.id ?? ''} to ${t.country} has no transfer tool and ${t.country} has no adequacy decision. Add \`tool\`: scc (with module), bcr, ${usHint ? 'dpf, ' : ''}or derogation.`,
              nl: `Doorgifte ${t.id ?? ''} naar ${t.country} heeft geen doorgifte-instrument en ${t.country} heeft geen adequaatheidsbesluit. Voeg \`tool\` toe: scc (met module), bcr, ${usHint ? 'dpf, ' : ''}of derogation.`,
            }),
        fixes: usHint && claimsAdequacy ? [{ title: ctx.t({ en: 'Change to dpf', nl: 'Wijzig in dpf' }), edits: [{ range, newText: 'dpf' }] }] : [],
      });
    }
  },
};
