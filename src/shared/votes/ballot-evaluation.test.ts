import { describe, expect, it } from 'vitest';
import type { Ballot, BallotMode, Candidate, CandidateMark } from '../domain/vote';
import { evaluateBallot, type BallotProblemCode } from './ballot-evaluation';

type Marking = CandidateMark | number | null;

/** A ballot of `marks.length` candidates; a number is a rank, a string a mark. */
function ballot(mode: BallotMode, maxChoices: number, marks: readonly Marking[], names?: readonly string[]): Ballot {
  const candidates: Candidate[] = marks.map((marking, i) => ({
    id: `c-test-${String(i).padStart(4, '0')}`,
    name: names?.[i] ?? `Project ${i + 1}`,
    description: '',
    investment: null,
    completion: '',
    mark: typeof marking === 'string' ? marking : null,
    rank: typeof marking === 'number' ? marking : null,
    deletedAt: null,
  }));
  return { mode, maxChoices, candidates };
}
const approve = (n: number): Marking[] => Array.from({ length: n }, () => 'approve');
const oppose = (n: number): Marking[] => Array.from({ length: n }, () => 'oppose');
const codes = (b: Ballot) => evaluateBallot(b).problems.map((p) => p.code);

describe('evaluateBallot', () => {
  it.each<[string, Ballot, 'valid' | 'incomplete' | 'invalid', BallotProblemCode[]]>([
    // perCandidate: approve / oppose / abstain on each, at most M approvals.
    ['perCandidate, 10 of 15 approved, the rest opposed', ballot('perCandidate', 10, [...approve(10), ...oppose(5)]), 'valid', []],
    [
      'perCandidate, 11 approvals when at most 10 may be chosen',
      ballot('perCandidate', 10, [...approve(11), ...oppose(4)]),
      'invalid',
      ['tooManyApprovals'],
    ],
    ['perCandidate, fewer approvals than M and abstentions', ballot('perCandidate', 4, [...approve(3), 'abstain', 'oppose']), 'valid', []],
    ['perCandidate, two candidates unmarked', ballot('perCandidate', 5, [...approve(5), null, null]), 'incomplete', ['unmarkedCandidates']],
    [
      'perCandidate, over the limit and unmarked',
      ballot('perCandidate', 2, ['approve', 'approve', 'approve', null]),
      'invalid',
      ['tooManyApprovals', 'unmarkedCandidates'],
    ],
    // chooseUpTo: tick at most M.
    ['chooseUpTo, M ticked', ballot('chooseUpTo', 3, ['approve', 'approve', 'approve', null, null]), 'valid', []],
    ['chooseUpTo, fewer than M ticked', ballot('chooseUpTo', 3, ['approve', null, null, null]), 'valid', []],
    ['chooseUpTo, one more than M', ballot('chooseUpTo', 3, [...approve(4), null]), 'invalid', ['tooManyChosen']],
    ['chooseUpTo, nothing ticked', ballot('chooseUpTo', 3, [null, null, null, null]), 'incomplete', ['nothingMarked']],
    // rank: up to M candidates ranked 1..k without gaps or duplicates.
    ['rank, 1..3 of 5 with M = 3', ballot('rank', 3, [2, 1, null, 3, null]), 'valid', []],
    ['rank, 1..2 of 5 with M = 3 (fewer is fine)', ballot('rank', 3, [2, 1, null, null, null]), 'valid', []],
    ['rank, a gap (1, 2, 4)', ballot('rank', 5, [1, 2, 4, null, null]), 'invalid', ['rankGap']],
    ['rank, a duplicate (1, 2, 2)', ballot('rank', 5, [1, 2, 2, null, null]), 'invalid', ['rankDuplicate']],
    ['rank, more ranked than M', ballot('rank', 2, [1, 2, 3]), 'invalid', ['tooManyRanked', 'rankBeyondMax']],
    ['rank, nothing ranked', ballot('rank', 2, [null, null, null]), 'incomplete', ['nothingMarked']],
    // The set-up.
    ['M larger than N', ballot('chooseUpTo', 10, ['approve', null, null]), 'valid', ['maxChoicesExceedsCandidates']],
    ['M = 0', ballot('chooseUpTo', 0, ['approve', null]), 'invalid', ['maxChoicesZero']],
    ['no candidates yet', ballot('perCandidate', 10, []), 'incomplete', ['noCandidates']],
    ['two candidates of the same name', ballot('chooseUpTo', 1, ['approve', null], ['城乡公交', ' 城乡公交 ']), 'valid', ['duplicateName']],
  ])('%s', (_name, b, verdict, expected) => {
    const evaluation = evaluateBallot(b);
    expect(evaluation.verdict).toBe(verdict);
    expect(codes(b)).toEqual(expected);
  });

  it('counts as you go and says how many choices remain (negative when over)', () => {
    expect(evaluateBallot(ballot('perCandidate', 10, [...approve(11), 'oppose', 'abstain', null])).counts).toEqual({
      candidates: 14,
      approve: 11,
      oppose: 1,
      abstain: 1,
      unmarked: 1,
      chosen: 11,
      ranked: 0,
      used: 11,
      remaining: -1,
    });
    expect(evaluateBallot(ballot('rank', 3, [1, null, 2])).counts).toMatchObject({ ranked: 2, used: 2, remaining: 1 });
  });

  it('names the numbers and the candidates concerned, with an English message', () => {
    const b = ballot('perCandidate', 10, [...approve(11), ...oppose(4)]);
    const [problem] = evaluateBallot(b).problems;
    expect(problem).toMatchObject({ code: 'tooManyApprovals', severity: 'invalid', count: 11, max: 10 });
    expect(problem?.candidateIds).toHaveLength(11);
    expect(problem?.message).toBe('11 approvals where at most 10 may be given: the ballot is invalid');
    const gap = evaluateBallot(ballot('rank', 10, [1, 5])).problems[0];
    expect(gap).toMatchObject({ code: 'rankGap', rank: 2, count: 3 });
    expect(gap?.message).toMatch(/3 ranks are missing, the first is 2/);
  });

  it('reports the ballot as marked and never changes it', () => {
    const b = ballot('rank', 2, [1, 1, 3]);
    const before = structuredClone(b);
    evaluateBallot(b);
    expect(b).toEqual(before);
  });

  it('leaves removed candidates out of the count', () => {
    const b = ballot('chooseUpTo', 1, ['approve', 'approve']);
    b.candidates[1] = { ...b.candidates[1]!, deletedAt: '2024-01-30T00:00:00.000Z' };
    expect(evaluateBallot(b)).toMatchObject({ verdict: 'valid', counts: { candidates: 1, chosen: 1 } });
  });

  it('uses only the marks of its mode: ranks do not count on a perCandidate ballot', () => {
    const b = ballot('perCandidate', 1, ['approve', 'oppose']);
    b.candidates[1] = { ...b.candidates[1]!, rank: 1 };
    expect(evaluateBallot(b).verdict).toBe('valid');
  });
});
