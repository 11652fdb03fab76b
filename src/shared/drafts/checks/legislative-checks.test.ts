import { describe, expect, it } from 'vitest';
import { tripped } from './check-helpers.test-support';
import { legislativeDraft } from './legislative-checks';
import { enProposal, zhProposal, zhSuggestion } from './test-drafts';

const regulation = { fileName: '农村公共交通条例（草案）.txt', text: '第一条 为了保障农村居民出行，制定本条例。' };

describe('议案: a legislative proposal has the draft text attached', () => {
  it('passes a legislative proposal with its draft attached, and a proposal that is not legislative', () => {
    expect(tripped(legislativeDraft, { ...zhProposal, legislative: true, attachedDraft: regulation })).toEqual([]);
    expect(tripped(legislativeDraft, { ...enProposal, legislative: true, attachedDraft: { fileName: '', text: 'Article 1 …' } })).toEqual(
      [],
    );
    expect(tripped(legislativeDraft, zhProposal)).toEqual([]);
  });

  it('blocks a legislative proposal without the draft text (or with an empty one)', () => {
    const must = [{ rule: 'proposal.attachedDraft', severity: 'must', field: 'attachedDraft', values: {} }];
    expect(tripped(legislativeDraft, { ...zhProposal, legislative: true })).toEqual(must);
    expect(tripped(legislativeDraft, { ...enProposal, legislative: true, attachedDraft: { fileName: 'draft.txt', text: '  \n' } })).toEqual(
      must,
    );
  });

  it('asks nothing of a suggestion', () => {
    expect(tripped(legislativeDraft, { ...zhSuggestion, legislative: true })).toEqual([]);
  });
});
