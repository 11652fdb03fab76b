import type { TFunction } from 'i18next';
import type { DraftProblem } from '../../../shared/drafts/validate-draft';

/** A problem as `validateDraft` returns it live, or as `draft.check` answers over the API. */
export interface ProblemLike {
  code: DraftProblem['code'];
  blocking: boolean;
  field?: string;
  have?: number;
  need?: number;
  row?: number;
}

const REQUIRED_FIELDS = ['title', 'reasons', 'measures', 'leadDeputy', 'delegation'] as const;
type RequiredField = (typeof REQUIRED_FIELDS)[number];
const isRequiredField = (field: string | undefined): field is RequiredField => REQUIRED_FIELDS.includes(field as RequiredField);

/** The problem in the interface language: "Title is missing", "A proposal needs at least 10 co-signers (it has 3)". */
export function problemText(problem: ProblemLike, t: TFunction): string {
  switch (problem.code) {
    case 'empty':
      return t('problems.empty');
    case 'required':
      return isRequiredField(problem.field)
        ? t(`problems.required.${problem.field}`)
        : t('problems.requiredOther', { field: problem.field ?? '' });
    case 'tooFewCoSigners':
      return t('problems.tooFewCoSigners', { need: problem.need ?? 0, have: problem.have ?? 0 });
    case 'coSignerIncomplete':
      return t('problems.coSignerIncomplete', { row: problem.row ?? 0 });
    case 'oneMatter':
      return t('problems.oneMatter');
  }
}

/** Which editor field a problem points at (the key of `EditorFieldIds`). */
export function problemField(problem: ProblemLike): string {
  switch (problem.code) {
    case 'empty':
      return 'title';
    case 'required':
      return problem.field ?? 'title';
    case 'tooFewCoSigners':
      return 'coSigners';
    case 'coSignerIncomplete':
      return `coSigner-${(problem.row ?? 1) - 1}`;
    case 'oneMatter':
      return 'title';
  }
}

export function problemKey(problem: ProblemLike): string {
  return [problem.code, problem.field, problem.row, problem.have, problem.need].join(':');
}
