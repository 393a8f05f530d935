import type { Severity } from '../diagnostics';
import type { Rule, Tag } from './types';
import { internalRuleFailed } from './internal-rule-failed';
import { yamlSyntax } from './yaml-syntax';
import { fenceUnterminated } from './fence-unterminated';
import { schema } from './schema';
import { frontmatterMissing } from './frontmatter-missing';
import { idDuplicate } from './id-duplicate';
import { levelUnknown } from './level-unknown';
import { riskUnmitigatedHigh } from './risk-unmitigated-high';
import { riskLevelMismatch } from './risk-level-mismatch';
import { riskResidualMissing } from './risk-residual-missing';
import { riskResidualHigh } from './risk-residual-high';
import { riskResidualAboveInherent } from './risk-residual-above-inherent';
import { riskResidualUnsupported } from './risk-residual-unsupported';
import { riskLevelOverridden } from './risk-level-overridden';
import { consultationObjection } from './consultation-objection';
import { acceptanceOpenEnded } from './acceptance-open-ended';
import { documentDpoAdviceOverruled } from './document-dpo-advice-overruled';
import { documentDpoAdviceLate } from './document-dpo-advice-late';
import { measureUnknown } from './measure-unknown';
import { measureOverdue } from './measure-overdue';
import { acceptanceExpired } from './acceptance-expired';
import { documentDpoAdviceMissing } from './document-dpo-advice-missing';
import { resources } from './resources';
import { tableStale } from './table-stale';
import { transferCountryUnknown } from './transfer-country-unknown';
import { transferNoTool } from './transfer-no-tool';
import { transferSpecialDataReadable } from './transfer-special-data-readable';
import { transferProbabilityMismatch } from './transfer-probability-mismatch';
import { transferAssessmentMissing } from './transfer-assessment-missing';
import { transferReviewOverdue } from './transfer-review-overdue';
import { documentReviewOverdue } from './document-review-overdue';
import { transferDpfNotVerified } from './transfer-dpf-not-verified';
import { transferDpfInvalid } from './transfer-dpf-invalid';
import { transferDerogationGroundMissing } from './transfer-derogation-ground-missing';
import { transferFactorUnsourced } from './transfer-factor-unsourced';
import { dataSpecialWithoutException } from './data-special-without-exception';
import { dataCriminalWithoutBasis } from './data-criminal-without-basis';
import { dataNationalIdWithoutBasis } from './data-national-id-without-basis';
import { dataRetentionMissing } from './data-retention-missing';
import { dataUnused } from './data-unused';
import { purposeBasisMissing } from './purpose-basis-missing';
import { purposeLegitimateInterestPublicTask } from './purpose-legitimate-interest-public-task';
import { purposeBalancingMissing } from './purpose-balancing-missing';
import { purposeUnused } from './purpose-unused';
import { processingLocationWithoutTransfer } from './processing-location-without-transfer';
import { processingProcessorWithoutAgreement } from './processing-processor-without-agreement';
import { prescanOutcomeContradictsCriteria } from './prescan-outcome-contradicts-criteria';
import { prescanReasoningMissing } from './prescan-reasoning-missing';
import { prescanDpiaMissing } from './prescan-dpia-missing';
import { prescanDpoAdviceMissing } from './prescan-dpo-advice-missing';
import { prescanLinkUnreadable } from './prescan-link-unreadable';
import { prescanDataNotInInventory } from './prescan-data-not-in-inventory';
import { prescanPurposeNotInDpia } from './prescan-purpose-not-in-dpia';

export const RULES = [
  yamlSyntax,
  fenceUnterminated,
  schema,
  frontmatterMissing,
  idDuplicate,
  resources,
  levelUnknown,
  riskUnmitigatedHigh,
  riskLevelMismatch,
  riskLevelOverridden,
  riskResidualMissing,
  riskResidualHigh,
  riskResidualAboveInherent,
  riskResidualUnsupported,
  consultationObjection,
  measureUnknown,
  measureOverdue,
  acceptanceExpired,
  acceptanceOpenEnded,
  documentDpoAdviceMissing,
  documentDpoAdviceOverruled,
  documentDpoAdviceLate,
  tableStale,
  transferCountryUnknown,
  transferNoTool,
  transferSpecialDataReadable,
  transferProbabilityMismatch,
  transferAssessmentMissing,
  transferReviewOverdue,
  documentReviewOverdue,
  transferDpfNotVerified,
  transferDpfInvalid,
  transferDerogationGroundMissing,
  transferFactorUnsourced,
  dataSpecialWithoutException,
  dataCriminalWithoutBasis,
  dataNationalIdWithoutBasis,
  dataRetentionMissing,
  dataUnused,
  purposeBasisMissing,
  purposeLegitimateInterestPublicTask,
  purposeBalancingMissing,
  purposeUnused,
  processingLocationWithoutTransfer,
  processingProcessorWithoutAgreement,
  prescanOutcomeContradictsCriteria,
  prescanReasoningMissing,
  prescanDpiaMissing,
  prescanDpoAdviceMissing,
  prescanLinkUnreadable,
  prescanDataNotInInventory,
  prescanPurposeNotInDpia,
] as const satisfies readonly Rule[];

/** Every code a diagnostic can have: the codes of the rules, and `internal.rule-failed`. A typo does not compile. */
export type DiagnosticCode = CodesOf<(typeof RULES)[number] | typeof internalRuleFailed>;
type CodesOf<R> = R extends Rule<infer C> ? C : never;

/** Every rule as documented: RULES, and `internal.rule-failed` (reported when a rule throws). */
export const DOCUMENTED_RULES: readonly Rule[] = [...RULES, internalRuleFailed];

/** Every diagnostic code with its default severity and the rule that reports it. */
export const CODES: ReadonlyMap<string, { severity: Severity; rule: Rule }> = new Map(
  DOCUMENTED_RULES.flatMap((r) => codesOf(r).map((c) => [c, { severity: r.severity, rule: r }] as const)),
);

/** The codes a rule reports. */
export function codesOf(rule: Rule): readonly string[] {
  return rule.codes ?? [rule.code];
}

/** Whether a string is a diagnostic code (e.g. a key of the `dpia.rules` setting). */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return CODES.has(code);
}

/** The codes of the rules with a tag, e.g. `date`: the rules `--no-dates` and `dpia.dateRules: false` switch off. */
export function codesTagged(tag: Tag): string[] {
  return DOCUMENTED_RULES.filter((r) => r.tags.includes(tag)).flatMap(codesOf);
}

/** The rules that compare dates with today; with `today: null` they make no date comparison. */
export const DATE_CODES: readonly string[] = codesTagged('date');

/** The README heading of a rule's section: its code, or `schema` for the schema.* family. */
export function ruleHeading(rule: Rule): string {
  return rule.code.startsWith('schema.') ? 'schema' : rule.code;
}

/** Heading anchor of a code's section in README.md ("risk.unmitigated-high" → "riskunmitigated-high"). */
export function ruleAnchor(code: string): string {
  const rule = CODES.get(code)?.rule;
  return (rule ? ruleHeading(rule) : code).replace(/\./g, '');
}
