import { z } from 'zod';
import type { Ballot } from '../domain/vote';

/**
 * What a marked ballot says, read off as the deputy would: the projects chosen (approved, ticked,
 * or ranked, in rank order) and, per candidate, those opposed or abstained on. Removed candidates
 * are left out.
 */
export const BallotChoicesSchema = z.object({
  chosen: z.array(z.object({ name: z.string(), rank: z.number().int().nullable() })),
  opposed: z.array(z.string()),
  abstained: z.array(z.string()),
});
export type BallotChoices = z.infer<typeof BallotChoicesSchema>;

export function ballotChoices(ballot: Pick<Ballot, 'mode' | 'candidates'>): BallotChoices {
  const live = ballot.candidates.filter((c) => c.deletedAt === null);
  if (ballot.mode === 'rank') {
    const ranked = live.filter((c) => c.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    return { chosen: ranked.map((c) => ({ name: c.name, rank: c.rank })), opposed: [], abstained: [] };
  }
  const named = (mark: string) => live.filter((c) => c.mark === mark).map((c) => c.name);
  return {
    chosen: named('approve').map((name) => ({ name, rank: null })),
    // "Not chosen" is all there is besides a tick in chooseUpTo mode.
    opposed: ballot.mode === 'perCandidate' ? named('oppose') : [],
    abstained: ballot.mode === 'perCandidate' ? named('abstain') : [],
  };
}
