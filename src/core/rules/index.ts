import type { Severity } from '../diagnostics';
import type { Rule } from './types';
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
import { transferDpfNotVerified } from './transfer-dpf-not-verified';
import { transferDpfInvalid } from './transfer-dpf-invalid';
import { transferDerogationGroundMissing } from './transfer-derogation-ground-missing';
import { transferFactorUnsourced } from './transfer-factor-unsourced';

export const RULES: readonly Rule[] = [
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
  transferDpfNotVerified,
  transferDpfInvalid,
  transferDerogationGroundMissing,
  transferFactorUnsourced,
];

/** Every diagnostic code with its default severity and the rule that reports it. */
export const CODES: ReadonlyMap<string, { severity: Severity; rule: Rule }> = new Map(
  RULES.flatMap((r) => (r.codes ?? [r.code]).map((c) => [c, { severity: r.severity, rule: r }] as const)),
);

/** Heading anchor of a code's section in README.md ("risk.unmitigated-high" → "riskunmitigated-high"). */
export function ruleAnchor(code: string): string {
  const rule = CODES.get(code)?.rule;
  const primary = rule?.code.startsWith('schema.') ? 'schema' : (rule?.code ?? code);
  return primary.replace(/\./g, '');
}
