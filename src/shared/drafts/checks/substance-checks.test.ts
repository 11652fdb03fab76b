import { describe, expect, it } from 'vitest';
import { tripped } from './check-helpers.test-support';
import { suggestionSubstance } from './substance-checks';
import { enSuggestion, zhProposal, zhSuggestion } from './test-drafts';

describe('problem, reasons and concrete measures', () => {
  it('passes a suggestion with a problem, its analysis and measures that say what to do', () => {
    expect(tripped(suggestionSubstance, zhSuggestion)).toEqual([]);
    expect(tripped(suggestionSubstance, enSuggestion)).toEqual([]);
  });

  it('warns on a suggestion whose measures only describe the problem', () => {
    const zh = { ...zhSuggestion, measures: ['农村公交班次太少，群众出行很不方便。', '雨雪天气经常停运。'] };
    const en = { ...enSuggestion, measures: ['Buses to the hill villages are rare.', 'In snow, there is often no bus at all.'] };
    const warning = { rule: 'suggestion.onlyProblem', severity: 'should', field: 'measures', values: {} };
    expect(tripped(suggestionSubstance, zh)).toEqual([warning]);
    expect(tripped(suggestionSubstance, en)).toEqual([warning]);
  });

  it('warns on a suggestion without the analysis of causes', () => {
    const warning = { rule: 'suggestion.analysis', severity: 'should', field: 'basis', values: {} };
    expect(tripped(suggestionSubstance, { ...zhSuggestion, basis: '' })).toEqual([warning]);
    expect(tripped(suggestionSubstance, { ...enSuggestion, basis: '  ' })).toEqual([warning]);
  });

  it('leaves proposals to their own 案由/案据/方案 check', () => {
    expect(tripped(suggestionSubstance, { ...zhProposal, basis: '', measures: ['班次太少。'] })).toEqual([]);
  });
});
