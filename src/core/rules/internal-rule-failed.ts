import { defineRule } from './types';

export const RULE_FAILED = 'internal.rule-failed';

/**
 * Not a check of its own: `runRules` reports this code when a rule throws on a document, so the
 * failure is visible (an error naming the rule) and the other rules' diagnostics still appear.
 * Listed in CODES (for `dpia rules`, severities and the README), not in RULES.
 */
export const internalRuleFailed = defineRule({
  code: RULE_FAILED,
  severity: 'error',
  tags: ['internal'],
  description: {
    en: 'A rule failed with an internal error on this document and was skipped; the other rules ran. Please report it.',
    nl: 'Een regel faalde met een interne fout op dit document en is overgeslagen; de andere regels zijn uitgevoerd. Meld dit alstublieft.',
  },
  docs:
    'A rule failed with an internal error on this document. The failing rule is named and\n' +
    'skipped (its partial output is dropped); every other rule still reports. This is a bug in DPIA\n' +
    'Assistant: please report it (see *Security model*), with the document if you can share it.',
  run() {
    /* reported by runRules when another rule throws */
  },
});
