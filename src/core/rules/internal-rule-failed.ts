import type { Rule } from './types';

export const RULE_FAILED = 'internal.rule-failed';

/**
 * Not a check of its own: `runRules` reports this code when a rule throws on a document, so the
 * failure is visible (an error naming the rule) and the other rules' diagnostics still appear.
 * Listed in CODES (for `dpia rules`, severities and the README), not in RULES.
 */
export const internalRuleFailed: Rule = {
  code: RULE_FAILED,
  severity: 'error',
  description: {
    en: 'A rule failed with an internal error on this document and was skipped; the other rules ran. Please report it.',
    nl: 'Een regel faalde met een interne fout op dit document en is overgeslagen; de andere regels zijn uitgevoerd. Meld dit alstublieft.',
  },
  run() {
    /* reported by runRules when another rule throws */
  },
};
