import type { TFunction } from 'i18next';
import type { CheckResult } from '../../../shared/drafts/checks';
import { catalogueText } from '../../app/workspace-notice';

/** The finding in the interface language: "Title is missing", "A proposal needs at least 10 co-signers (it has 3)". */
export function problemText(result: CheckResult, t: TFunction): string {
  return catalogueText(t, result.key, result.values);
}

/** The rule's name and its short explanation ("One matter per suggestion", "…"). */
export function ruleName(result: CheckResult, t: TFunction): string {
  return catalogueText(t, `checker.rules.${result.rule}.name`);
}
export function ruleExplanation(result: CheckResult, t: TFunction): string {
  return catalogueText(t, result.explanation);
}

export function problemKey(result: CheckResult): string {
  return [result.rule, result.field].join(':');
}
