import { blank, finding, type Rule } from './types';

/** A legislative proposal (法规案) is put forward together with the draft text of the regulation. */
export const legislativeDraft: Rule = (draft) =>
  draft.kind === 'proposal' && draft.legislative === true && blank(draft.attachedDraft?.text ?? '')
    ? [finding('proposal.attachedDraft', 'must', 'attachedDraft')]
    : [];
