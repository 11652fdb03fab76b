import { describe, expect, it } from 'vitest';
import { tripped } from './check-helpers.test-support';
import { enProposal, enSuggestion, zhProposal, zhSuggestion } from './test-drafts';
import { titleForm } from './title-checks';

describe('title form', () => {
  it('passes 关于…的建议 / 关于…的议案 and "Suggestion on …" / "Proposal on …"', () => {
    for (const draft of [zhSuggestion, zhProposal, enSuggestion, enProposal]) expect(tripped(titleForm, draft)).toEqual([]);
  });

  it.each([
    [zhSuggestion, '农村公交班次太少'],
    [zhSuggestion, '关于农村公交的议案'],
    [enSuggestion, 'Rural buses'],
    [enSuggestion, 'Proposal on rural buses'],
  ])('warns on a suggestion titled %#', (draft, title) => {
    expect(tripped(titleForm, { ...draft, title })).toEqual([{ rule: 'suggestion.title', severity: 'should', field: 'title', values: {} }]);
  });

  it.each([
    [zhProposal, '关于制定公交条例的建议'],
    [enProposal, 'A regulation on rural transport'],
  ])('warns on a proposal titled %#', (draft, title) => {
    expect(tripped(titleForm, { ...draft, title })).toEqual([{ rule: 'proposal.title', severity: 'should', field: 'title', values: {} }]);
  });

  it('leaves an empty title to the required-field check', () => {
    expect(tripped(titleForm, { ...zhSuggestion, title: ' ' })).toEqual([]);
  });
});
