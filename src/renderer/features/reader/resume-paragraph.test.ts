import { describe, expect, it } from 'vitest';
import { firstSurviving, resumeCandidates } from './resume-paragraph';

describe('resumeCandidates', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  it('starts with the paragraph at the top, then its neighbours, the following one first', () => {
    expect(resumeCandidates(ids, 'c')).toEqual(['c', 'd', 'b', 'e', 'a']);
    expect(resumeCandidates(ids, 'a')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(resumeCandidates(ids, 'e')).toEqual(['e', 'd', 'c', 'b', 'a']);
  });
  it('has nothing to offer without a position', () => {
    expect(resumeCandidates(ids, null)).toEqual([]);
  });
});

describe('firstSurviving', () => {
  it('lands on the paragraph itself when the revision kept it, else on the nearest kept one', () => {
    const candidates = resumeCandidates(['a', 'b', 'c', 'd'], 'b');
    expect(firstSurviving(candidates, (id) => ['a', 'b', 'd'].includes(id))).toBe('b');
    // "b" deleted and "c" changed (a new id): "a" is nearer than "d" only after "c" fails.
    expect(firstSurviving(candidates, (id) => ['a', 'd', 'x'].includes(id))).toBe('a');
    expect(firstSurviving(candidates, (id) => ['d'].includes(id))).toBe('d');
    expect(firstSurviving(candidates, () => false)).toBeNull();
  });
});
