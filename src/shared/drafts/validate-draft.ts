import type { DraftContent } from '../domain/draft';

/** Something that stops a draft from being exported (`blocking`) or that the deputy should look at. */
export type DraftProblem =
  | { code: 'empty'; blocking: true }
  | { code: 'required'; field: 'title' | 'reasons' | 'measures' | 'leadDeputy' | 'delegation'; blocking: true }
  | { code: 'tooFewCoSigners'; have: number; need: number; blocking: true }
  | { code: 'coSignerIncomplete'; row: number; blocking: true }
  | { code: 'oneMatter'; blocking: false };

const blank = (text: string): boolean => text.trim() === '';

/**
 * The checks run before export (and live in the editor): what is missing, exactly. A proposal
 * needs at least `minCoSigners` co-signers (10 for a municipal congress by default, a setting);
 * "one matter per proposal" is a reminder, never a block.
 */
export function validateDraft(draft: DraftContent, options: { minCoSigners: number }): DraftProblem[] {
  const hasText = [draft.title, draft.reasons, draft.basis, ...draft.measures].some((t) => !blank(t));
  if (!hasText && draft.citations.length === 0) return [{ code: 'empty', blocking: true }];

  const problems: DraftProblem[] = [];
  if (blank(draft.title)) problems.push({ code: 'required', field: 'title', blocking: true });
  if (blank(draft.reasons)) problems.push({ code: 'required', field: 'reasons', blocking: true });
  if (!draft.measures.some((m) => !blank(m))) problems.push({ code: 'required', field: 'measures', blocking: true });
  if (blank(draft.leadDeputy)) problems.push({ code: 'required', field: 'leadDeputy', blocking: true });
  if (draft.kind === 'proposal') {
    if (blank(draft.delegation)) problems.push({ code: 'required', field: 'delegation', blocking: true });
    draft.coSigners.forEach((signer, index) => {
      const filled = [signer.name, signer.delegation, signer.deputyNumber].filter((v) => !blank(v)).length;
      if (filled > 0 && blank(signer.name)) problems.push({ code: 'coSignerIncomplete', row: index + 1, blocking: true });
    });
    const named = draft.coSigners.filter((s) => !blank(s.name)).length;
    if (named < options.minCoSigners) problems.push({ code: 'tooFewCoSigners', have: named, need: options.minCoSigners, blocking: true });
    problems.push({ code: 'oneMatter', blocking: false });
  }
  return problems;
}

export const isExportable = (problems: readonly DraftProblem[]): boolean => !problems.some((p) => p.blocking);

/** Plain English for the main side's error messages (the renderer shows its own translations). */
export function describeProblem(problem: DraftProblem): string {
  switch (problem.code) {
    case 'empty':
      return 'the draft is empty';
    case 'required':
      return `${{ title: 'the title', reasons: 'the reasons', measures: 'at least one measure', leadDeputy: 'the lead deputy', delegation: 'the delegation' }[problem.field]} is missing`;
    case 'tooFewCoSigners':
      return `a proposal needs at least ${problem.need} co-signers (it has ${problem.have})`;
    case 'coSignerIncomplete':
      return `co-signer ${problem.row} has no name`;
    case 'oneMatter':
      return 'a proposal should deal with one matter only';
  }
}
