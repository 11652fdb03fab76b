import { describe, expect, it } from 'vitest';
import { tripped } from './check-helpers.test-support';
import { bodyLength, length } from './length-checks';
import { enSuggestion, zhProposal, zhSuggestion } from './test-drafts';

describe('length of a suggestion (roughly 800–1,500 characters)', () => {
  it('passes a suggestion within the range', () => {
    expect(tripped(length, zhSuggestion)).toEqual([]);
    expect(tripped(length, enSuggestion)).toEqual([]);
  });

  it('warns on a short suggestion, saying how long it is', () => {
    const zh = { ...zhSuggestion, reasons: '班次太少。', basis: '', measures: ['建议增开班次。'] };
    expect(tripped(length, zh)).toEqual([
      { rule: 'length.short', severity: 'should', field: 'reasons', values: { have: 12, min: 800, max: 1500 } },
    ]);
    const en = { ...enSuggestion, reasons: 'Too few buses run.', basis: '', measures: ['Add more buses.'] };
    expect(tripped(length, en)).toEqual([
      { rule: 'length.short', severity: 'should', field: 'reasons', values: { have: 7, min: 400, max: 900 } },
    ]);
  });

  it('warns on a long suggestion', () => {
    const zh = { ...zhSuggestion, basis: [zhSuggestion.basis, zhSuggestion.reasons, zhSuggestion.basis].join('\n') };
    expect(tripped(length, zh).map((r) => r.rule)).toEqual(['length.long']);
    const en = { ...enSuggestion, basis: [enSuggestion.basis, enSuggestion.reasons, enSuggestion.basis, enSuggestion.reasons].join('\n') };
    expect(tripped(length, en).map((r) => r.rule)).toEqual(['length.long']);
  });

  it('counts Chinese characters without white space, and English words', () => {
    expect(bodyLength('增开 公交\n班次', false)).toBe(6);
    expect(bodyLength("The villages' buses run twice — rarely.", true)).toBe(6);
  });

  it('does not apply to a proposal, nor to a draft with nothing written yet', () => {
    expect(tripped(length, { ...zhProposal, reasons: '理由', basis: '依据' })).toEqual([]);
    expect(tripped(length, { ...zhSuggestion, reasons: '', basis: '', measures: [''] })).toEqual([]);
  });
});
