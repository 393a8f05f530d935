import { refusal } from '../parse/resource-issues';
import { defineRule } from './types';

/** A DPIA or DTIA names its pre-scan, but the pre-scan cannot be read: what carries over is lost. */
export const prescanLinkUnreadable = defineRule({
  code: 'prescan.link-unreadable',
  severity: 'warning',
  tags: ['prescan'],
  description: {
    en: 'The pre-scan named in the front matter (`prescan:`) cannot be read, so its data categories and purposes cannot be compared with the DPIA.',
    nl: 'De pre-scan die de front matter noemt (`prescan:`) is niet te lezen, dus de gegevenscategorieën en doelen ervan zijn niet met de DPIA te vergelijken.',
  },
  docs: 'A DPIA or DTIA names its pre-scan with a relative path in the front matter (`prescan: ./name.prescan.md`).\nThe pre-scan is read like a matrix or catalogue file: relative to the document and inside the allowed\nfolder (the workspace or repository). When it cannot be read, the data categories and purposes it\nlists cannot carry over or be compared (`prescan.data-not-in-inventory`, `prescan.purpose-not-in-dpia`).\nA placeholder (`\'<…>\'`) counts as not named yet.',
  run(ctx) {
    const linked = ctx.environment.linkedPrescan;
    if (!linked || linked.error === undefined) return;
    const why = refusal(linked.error);
    ctx.report({
      range: linked.range,
      block: null,
      message: ctx.t({
        en: `The pre-scan "${linked.spec}" cannot be read: ${why.en}.`,
        nl: `De pre-scan "${linked.spec}" is niet te lezen: ${why.nl}.`,
      }),
    });
  },
});
