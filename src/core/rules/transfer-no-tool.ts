import { countryPhrase } from '../model/country-names';
import { locate } from '../model/document';
import { adequacyCovers, adequacyEntry, destinationStatus } from '../model/destinations';
import { defineRule } from './types';

const TOOLS = 'scc (with module), bcr, legally-binding-instrument, administrative-arrangement, code-of-conduct, certification';
const TOOLS_NL = 'scc (met module), bcr, legally-binding-instrument, administrative-arrangement, code-of-conduct, certification';

/** A transfer outside the EEA needs adequacy that covers the importer, or a transfer tool (GDPR Art. 44–49). */
export const transferNoTool = defineRule({
  code: 'transfer.no-tool',
  severity: 'error',
  tags: ['transfer'],
  description: {
    en: 'A transfer goes to a country without an adequacy decision (or one that does not cover the importer\'s sector) and names no valid transfer tool (`tool`).',
    nl: 'Een doorgifte gaat naar een land zonder adequaatheidsbesluit (of met een besluit dat de sector van de importeur niet dekt) en noemt geen geldig doorgifte-instrument (`tool`).',
  },
  docs:
    'A transfer goes to a country without adequacy and names no valid `tool` (including\n' +
    '`tool: adequacy` for a country that has no adequacy decision; for the US the fix offers `dpf`), or\n' +
    'to Canada or Japan with `importer-sector: public`, which their adequacy decisions do not cover.',
  run(ctx) {
    for (const t of ctx.transfers) {
      if (!t.countryKnown) continue;
      const country = t.country!;
      const status = destinationStatus(country);
      if (status === 'eea') continue;
      const claimsAdequacy = t.tool === 'adequacy';
      if (t.tool && !claimsAdequacy) continue;
      if (status === 'adequate' && adequacyCovers(country, t.sector)) continue;
      const usHint = status === 'dpf';
      const range = t.tool ? locate(t.block, '/tool') : t.block.headRange;
      const tools = `${TOOLS}, ${usHint ? 'dpf, ' : ''}`;
      const toolsNl = `${TOOLS_NL}, ${usHint ? 'dpf, ' : ''}`;
      if (status === 'adequate') {
        const scope = adequacyEntry(country)!;
        ctx.report({
          range: locate(t.block, '/importer-sector'),
          block: t.id ?? null,
          message: ctx.t({
            en: `The adequacy decision for ${countryPhrase(country, 'en')} covers ${scope.scope ?? 'the private sector'}, not a public importer (\`importer-sector: ${t.sector}\`). Name a transfer tool: ${tools}or derogation.`,
            nl: `Het adequaatheidsbesluit voor ${countryPhrase(country, 'nl')} dekt ${scope['scope-nl'] ?? 'de private sector'}, geen overheidsimporteur (\`importer-sector: ${t.sector}\`). Noem een doorgifte-instrument: ${toolsNl}of derogation.`,
          }),
        });
        continue;
      }
      ctx.report({
        range,
        block: t.id ?? null,
        message: claimsAdequacy
          ? ctx.t({
              en: `${countryPhrase(country, 'en', true)} has no general adequacy decision${usHint ? '; for a DPF-certified importer use `tool: dpf`' : ''}. Name a transfer tool: ${tools}or derogation.`,
              nl: `${countryPhrase(country, 'nl', true)} heeft geen algemeen adequaatheidsbesluit${usHint ? '; gebruik voor een DPF-gecertificeerde importeur `tool: dpf`' : ''}. Noem een doorgifte-instrument: ${toolsNl}of derogation.`,
            })
          : ctx.t({
              en: `Transfer ${t.id ?? ''} to ${countryPhrase(country, 'en')} (${country}) has no transfer tool and ${countryPhrase(country, 'en')} has no adequacy decision. Add \`tool\`: ${tools}or derogation.`,
              nl: `Doorgifte ${t.id ?? ''} naar ${countryPhrase(country, 'nl')} (${country}) heeft geen doorgifte-instrument en ${countryPhrase(country, 'nl')} heeft geen adequaatheidsbesluit. Voeg \`tool\` toe: ${toolsNl}of derogation.`,
            }),
        fixes: usHint && claimsAdequacy ? [{ title: ctx.t({ en: 'Change to dpf', nl: 'Wijzig in dpf' }), edits: [{ range, newText: 'dpf' }] }] : [],
      });
    }
  },
});
