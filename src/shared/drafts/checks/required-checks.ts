import { validateDraft } from '../validate-draft';
import { finding, type Rule } from './types';

/**
 * What an export cannot do without (the draft's required fields and a proposal's co-signers), as
 * `validateDraft` finds it; all "must". The messages keep their `problems.*` keys.
 */
export const requiredChecks: Rule = (draft, settings) =>
  validateDraft(draft, { minCoSigners: settings.minCoSigners }).flatMap((problem) => {
    switch (problem.code) {
      case 'empty':
        return [finding('required.empty', 'must', 'title', {}, 'problems.empty')];
      case 'required':
        return [finding(`required.${problem.field}`, 'must', problem.field, {}, `problems.required.${problem.field}`)];
      case 'tooFewCoSigners':
        return [finding('proposal.coSigners', 'must', 'coSigners', { have: problem.have, need: problem.need }, 'problems.tooFewCoSigners')];
      case 'coSignerIncomplete':
        return [
          finding('proposal.coSignerName', 'must', `coSigner-${problem.row - 1}`, { row: problem.row }, 'problems.coSignerIncomplete'),
        ];
      case 'oneMatter':
        // A standing reminder in the editor's readiness line; the checker's own one-matter rule finds real cases.
        return [];
    }
  });
