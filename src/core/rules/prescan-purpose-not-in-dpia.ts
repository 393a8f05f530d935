import { readParts } from '../model/parts';
import { defineRule } from './types';

const norm = (s: string) => s.trim().toLowerCase();

/** A purpose the pre-scan lists is missing from the DPIA's purposes (part B). */
export const prescanPurposeNotInDpia = defineRule({
  code: 'prescan.purpose-not-in-dpia',
  severity: 'warning',
  tags: ['prescan', 'purpose'],
  description: {
    en: 'A purpose listed in the linked pre-scan has no `purpose` block in the DPIA.',
    nl: 'Een doel uit de gekoppelde pre-scan heeft geen `purpose`-blok in de DPIA.',
  },
  docs: 'When a DPIA names its pre-scan (front matter `prescan:`), the purposes the pre-scan lists\n(`purposes:` of its `prescan` blocks, ids or names) carry over into the DPIA (§4 and part B of the\nModel DPIA Rijksdienst). Each must match the `id` or `title` of a `purpose` block (case-insensitive);\na purpose the screening saw but the DPIA does not assess is reported at the `prescan:` line.',
  run(ctx) {
    const linked = ctx.environment.linkedPrescan;
    if (!linked || linked.error !== undefined || ctx.document.type === 'dtia') return;
    const known = new Set(readParts(ctx.document).purposes.flatMap((p) => [p.id, p.title]).filter((x): x is string => !!x).map(norm));
    for (const p of linked.purposes) {
      if (known.has(norm(p))) continue;
      ctx.report({
        range: linked.range,
        block: null,
        message: ctx.t({
          en: `The pre-scan lists the purpose "${p}", but the DPIA has no \`purpose\` block for it: add one (\`id: ${p}\`, with its legal basis), or remove the purpose from the pre-scan.`,
          nl: `De pre-scan noemt het doel "${p}", maar de DPIA heeft er geen \`purpose\`-blok voor: voeg er een toe (\`id: ${p}\`, met de grondslag), of haal het doel uit de pre-scan.`,
        }),
      });
    }
  },
});
