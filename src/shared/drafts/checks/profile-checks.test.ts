import { describe, expect, it } from 'vitest';
import { tripped } from './check-helpers.test-support';
import { profile } from './profile-checks';
import { enSuggestion, zhProposal, zhSuggestion } from './test-drafts';

describe("the deputy's details", () => {
  it('passes a draft with deputy number, delegation and contact', () => {
    expect(tripped(profile, zhSuggestion)).toEqual([]);
    expect(tripped(profile, enSuggestion)).toEqual([]);
  });

  it('asks for each missing detail, pointing at its field', () => {
    const bare = { deputyNumber: '', contact: ' ', delegation: '' };
    expect(tripped(profile, { ...zhSuggestion, ...bare }).map((r) => [r.rule, r.severity, r.field])).toEqual([
      ['profile.deputyNumber', 'should', 'deputyNumber'],
      ['profile.contact', 'should', 'contact'],
      ['profile.delegation', 'should', 'delegation'],
    ]);
    expect(tripped(profile, { ...enSuggestion, contact: '' }).map((r) => r.rule)).toEqual(['profile.contact']);
  });

  it("leaves a proposal's delegation to the required-field check (it blocks export there)", () => {
    expect(tripped(profile, { ...zhProposal, delegation: '' })).toEqual([]);
  });
});
