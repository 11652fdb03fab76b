import { describe, expect, it } from 'vitest';
import type { Rule } from './types';
import { deadlineOf, proposalDeadline } from './deadline-checks';
import { enProposal, zhProposal, zhSuggestion } from './test-drafts';
import type { DraftContent } from '../../domain/draft';

const run = (rule: Rule, draft: DraftContent, proposalDeadline: string, now: Date) =>
  rule(draft, { minCoSigners: 10, proposalDeadline, now }).map(({ rule: id, severity, values }) => ({ rule: id, severity, values }));

describe("议案: the session's deadline", () => {
  const deadline = '2027-01-18T12:00';

  it('passes a proposal before the deadline, and any draft when no deadline is set', () => {
    expect(run(proposalDeadline, zhProposal, deadline, new Date(2027, 0, 18, 11, 59))).toEqual([]);
    expect(run(proposalDeadline, enProposal, '', new Date(2030, 0, 1))).toEqual([]);
  });

  it('warns on a proposal once the deadline has passed, saying when it was', () => {
    expect(run(proposalDeadline, zhProposal, deadline, new Date(2027, 0, 18, 12, 0))).toEqual([
      { rule: 'proposal.deadline', severity: 'should', values: { deadline: '2027-01-18 12:00' } },
    ]);
    expect(run(proposalDeadline, enProposal, deadline, new Date(2027, 1, 1)).map((r) => r.rule)).toEqual(['proposal.deadline']);
  });

  it('leaves suggestions alone (they are taken all year)', () => {
    expect(run(proposalDeadline, zhSuggestion, deadline, new Date(2028, 0, 1))).toEqual([]);
  });

  it('reads the deadline in local time and ignores what is not a date and time', () => {
    expect(deadlineOf({ proposalDeadline: deadline })?.getTime()).toBe(new Date(2027, 0, 18, 12, 0).getTime());
    expect(deadlineOf({ proposalDeadline: 'tomorrow' })).toBeNull();
    expect(deadlineOf({})).toBeNull();
  });
});
