import { locate } from '../model/document';
import { readParts } from '../model/parts';
import { refusal } from '../parse/resource-issues';
import { defineRule } from './types';

/** A pre-scan that concludes a DPIA is required must lead to a DPIA that refers back to it. */
export const prescanDpiaMissing = defineRule({
  code: 'prescan.dpia-missing',
  severity: 'warning',
  tags: ['prescan'],
  description: {
    en: 'A pre-scan concludes that a DPIA is required, but names no DPIA, or the DPIA it names cannot be read or does not name the pre-scan back.',
    nl: 'Een pre-scan concludeert dat een DPIA nodig is, maar noemt geen DPIA, of de genoemde DPIA is niet te lezen of noemt de pre-scan niet terug.',
  },
  docs: 'A `prescan` block with `outcome: dpia-required` needs its DPIA: the pre-scan\'s front matter\n`dpia:` gives the DPIA\'s relative path, and that DPIA\'s front matter `prescan:` gives the\npre-scan\'s path back, so that the screening and the assessment stay linked (the data and purposes\ncarry over). The DPIA is read like a matrix or catalogue file: relative to the pre-scan and inside\nthe allowed folder. A placeholder (`\'<…>\'`) counts as not named yet.',
  run(ctx) {
    const required = readParts(ctx.document).prescans.filter((b) => b.value?.outcome === 'dpia-required');
    if (!required.length) return;
    const linked = ctx.environment.linkedDpia;
    if (!linked) {
      for (const b of required)
        ctx.report({
          range: locate(b, '/outcome', 'value'),
          block: b.id ?? null,
          message: ctx.t({
            en: 'The pre-scan concludes that a DPIA is required, but names no DPIA: once it is written, give its relative path in the front matter (`dpia: ./name.dpia.md`), and the pre-scan\'s path in the DPIA\'s front matter (`prescan:`).',
            nl: 'De pre-scan concludeert dat een DPIA nodig is, maar noemt geen DPIA: geef, zodra die er is, het relatieve pad in de front matter (`dpia: ./naam.dpia.md`) en het pad van de pre-scan in de front matter van de DPIA (`prescan:`).',
          }),
        });
      return;
    }
    if (linked.error !== undefined) {
      const why = refusal(linked.error);
      ctx.report({ range: linked.range, block: null, message: ctx.t({ en: `The DPIA "${linked.spec}" named by this pre-scan cannot be read: ${why.en}.`, nl: `De DPIA "${linked.spec}" die deze pre-scan noemt, is niet te lezen: ${why.nl}.` }) });
      return;
    }
    if (!linked.namesBack)
      ctx.report({
        range: linked.range,
        block: null,
        message: ctx.t({
          en: `The DPIA "${linked.spec}" does not name this pre-scan back: add its relative path to the DPIA's front matter (\`prescan:\`).`,
          nl: `De DPIA "${linked.spec}" noemt deze pre-scan niet terug: zet het relatieve pad ervan in de front matter van de DPIA (\`prescan:\`).`,
        }),
      });
  },
});
