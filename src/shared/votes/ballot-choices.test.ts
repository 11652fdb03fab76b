import { describe, expect, it } from 'vitest';
import type { Candidate, CandidateMark } from '../domain/vote';
import { ballotChoices } from './ballot-choices';

const candidate = (name: string, mark: CandidateMark | null, extra: Partial<Candidate> = {}): Candidate => ({
  id: `c-test-${name.padStart(6, '0')}`,
  name,
  description: '',
  investment: null,
  completion: '',
  mark,
  rank: null,
  deletedAt: null,
  ...extra,
});

describe('ballotChoices', () => {
  it('lists approved, opposed and abstained projects of a per-candidate ballot, in ballot order, without removed ones', () => {
    const choices = ballotChoices({
      mode: 'perCandidate',
      candidates: [
        candidate('老旧小区改造', 'approve'),
        candidate('充电桩建设', 'oppose'),
        candidate('口袋公园建设', 'approve'),
        candidate('菜市场改造提升', 'abstain'),
        candidate('背街小巷改造', null),
        candidate('社区食堂', 'approve', { deletedAt: '2024-01-29T10:00:00.000Z' }),
      ],
    });
    expect(choices).toEqual({
      chosen: [
        { name: '老旧小区改造', rank: null },
        { name: '口袋公园建设', rank: null },
      ],
      opposed: ['充电桩建设'],
      abstained: ['菜市场改造提升'],
    });
  });

  it('lists the ticked projects of a choose-up-to ballot', () => {
    const choices = ballotChoices({
      mode: 'chooseUpTo',
      candidates: [candidate('A', null), candidate('B', 'approve'), candidate('C', 'approve')],
    });
    expect(choices.chosen.map((c) => c.name)).toEqual(['B', 'C']);
    expect(choices.opposed).toEqual([]);
  });

  it('lists the ranked projects of a ranking ballot in rank order', () => {
    const choices = ballotChoices({
      mode: 'rank',
      candidates: [
        candidate('A', null, { rank: 3 }),
        candidate('B', null),
        candidate('C', null, { rank: 1 }),
        candidate('D', null, { rank: 2 }),
      ],
    });
    expect(choices.chosen).toEqual([
      { name: 'C', rank: 1 },
      { name: 'D', rank: 2 },
      { name: 'A', rank: 3 },
    ]);
  });
});
