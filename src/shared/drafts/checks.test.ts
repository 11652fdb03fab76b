import { describe, expect, it } from 'vitest';
import { blocksExport, checkDraft } from './checks';
import { bodyLength } from './checks/length-checks';
import { bodyText } from './checks/types';
import { enProposal, enSuggestion, zhProposal, zhSuggestion } from './checks/test-drafts';

const settings = { minCoSigners: 10 };

describe('checkDraft', () => {
  it.each([
    ['a Chinese suggestion', zhSuggestion],
    ['an English suggestion', enSuggestion],
    ['a Chinese proposal', zhProposal],
    ['an English proposal', enProposal],
  ])('passes %s that follows every rule', (_name, draft) => {
    expect(checkDraft(draft, settings)).toEqual([]);
  });

  it('the well-formed drafts are within the length the handbooks ask for', () => {
    expect(bodyLength(bodyText(zhSuggestion), false)).toBeGreaterThanOrEqual(800);
    expect(bodyLength(bodyText(enSuggestion), true)).toBeGreaterThanOrEqual(400);
  });

  it('lists "must" findings before "should" ones, and only "must" blocks export', () => {
    const results = checkDraft({ ...zhProposal, title: '公交问题', coSigners: [] }, settings);
    expect(results.map((r) => [r.rule, r.severity])).toEqual([
      ['proposal.coSigners', 'must'],
      ['proposal.title', 'should'],
    ]);
    expect(blocksExport(results)).toBe(true);
    expect(blocksExport(checkDraft({ ...zhSuggestion, title: '公交问题' }, settings))).toBe(false);
  });

  it('says only that an empty draft is empty', () => {
    const empty = { ...zhSuggestion, title: '', reasons: '', basis: '', measures: [''], deputyNumber: '', contact: '' };
    expect(checkDraft(empty, settings).map((r) => r.rule)).toEqual(['required.empty']);
  });
});
