import type { DraftContent } from '../../domain/draft';

export type CheckSeverity = 'must' | 'should';
export type CheckValues = Record<string, string | number>;

/** One finding of the drafting checker: which rule, how serious, which field, and the message to show. */
export interface CheckResult {
  /** The rule's id, e.g. `suggestion.title`. */
  rule: string;
  /** "must" blocks export; "should" is shown and does not block. */
  severity: CheckSeverity;
  /** The editor field it concerns: `title`, `reasons`, `basis`, `measures`, `coSigners`, `coSigner-3`, `contact`, … */
  field: string;
  /** The i18n key of the message, interpolated with `values`. */
  key: string;
  /** The i18n key of the rule's short explanation. */
  explanation: string;
  values: CheckValues;
}

export interface CheckSettings {
  /** Co-signers a proposal needs (a setting: 10 at municipal level, 5 at township). */
  minCoSigners: number;
  /** The session's deadline for proposals, local time `YYYY-MM-DDTHH:mm` (a setting; absent or '' when not set). */
  proposalDeadline?: string;
  /** The time the check runs (the deadline rule compares it); absent: the deadline is not checked. */
  now?: Date;
}

/** A named check: looks at the draft and answers its findings (none when the draft passes). */
export type Rule = (draft: DraftContent, settings: CheckSettings) => CheckResult[];

/** A finding of `rule`; its message and explanation keys live under `checker.rules.<rule>` unless given. */
export function finding(
  rule: string,
  severity: CheckSeverity,
  field: string,
  values: CheckValues = {},
  key = `checker.rules.${rule}.message`,
): CheckResult {
  return { rule, severity, field, key, explanation: `checker.rules.${rule}.why`, values };
}

export const blank = (text: string): boolean => text.trim() === '';
export const isEnglish = (draft: DraftContent): boolean => draft.language === 'en';
/** The body the deputy wrote: reasons, basis and measures. */
export const bodyText = (draft: DraftContent): string => [draft.reasons, draft.basis, ...draft.measures].join('\n');
export const measuresText = (draft: DraftContent): string => draft.measures.join('\n');

/** The first of `fields` whose text matches `pattern`, with the matched words. */
export function firstMatch(
  draft: DraftContent,
  fields: readonly ('title' | 'reasons' | 'basis' | 'measures')[],
  pattern: RegExp,
): { field: string; words: string } | null {
  for (const field of fields) {
    const text = field === 'measures' ? measuresText(draft) : draft[field];
    const match = pattern.exec(text);
    if (match) return { field, words: match[0] };
  }
  return null;
}
