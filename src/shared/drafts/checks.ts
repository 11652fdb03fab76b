import type { DraftContent } from '../domain/draft';
import { keywords } from './checks/keyword-checks';
import { length } from './checks/length-checks';
import { deadlineOf, proposalDeadline } from './checks/deadline-checks';
import { legislativeDraft } from './checks/legislative-checks';
import { oneMatter } from './checks/one-matter-checks';
import { oneMatterRequests } from './checks/one-matter-requests';
import { profile } from './checks/profile-checks';
import { proposalParts, proposalPowers } from './checks/proposal-checks';
import { requiredChecks } from './checks/required-checks';
import { suggestionSubstance } from './checks/substance-checks';
import { titleForm } from './checks/title-checks';
import type { CheckResult, CheckSettings, Rule } from './checks/types';

export type { CheckResult, CheckSettings, CheckSeverity } from './checks/types';
export { deadlineOf };

/** The drafting checker's rules, in the order they are shown. */
const RULES: readonly Rule[] = [
  requiredChecks,
  proposalParts,
  legislativeDraft,
  titleForm,
  suggestionSubstance,
  oneMatter,
  oneMatterRequests,
  proposalPowers,
  proposalDeadline,
  length,
  keywords,
  profile,
];

/** Every finding of the drafting checker; "must" findings first. An empty draft only says it is empty. */
export function checkDraft(draft: DraftContent, settings: CheckSettings): CheckResult[] {
  const required = requiredChecks(draft, settings);
  if (required.some((r) => r.rule === 'required.empty')) return required;
  const results = RULES.flatMap((rule) => rule(draft, settings));
  return [...results.filter((r) => r.severity === 'must'), ...results.filter((r) => r.severity === 'should')];
}

export const blocksExport = (results: readonly CheckResult[]): boolean => results.some((r) => r.severity === 'must');
