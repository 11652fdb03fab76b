import { describe, expect, it } from 'vitest';
import { firstBelow, topOfPane, type MarkerInfo } from './top-marker';

describe('firstBelow', () => {
  const bottoms = [10, 40, 80, 120, 200];
  const bottomOf = (i: number) => bottoms[i] ?? Number.POSITIVE_INFINITY;

  it('finds the first element whose bottom is below the line', () => {
    expect(firstBelow(bottoms.length, bottomOf, 0)).toBe(0);
    expect(firstBelow(bottoms.length, bottomOf, 10)).toBe(1);
    expect(firstBelow(bottoms.length, bottomOf, 79)).toBe(2);
    expect(firstBelow(bottoms.length, bottomOf, 150)).toBe(4);
  });

  it('returns the count when everything is above the line', () => {
    expect(firstBelow(bottoms.length, bottomOf, 500)).toBe(5);
    expect(firstBelow(0, bottomOf, 0)).toBe(0);
  });
});

describe('topOfPane', () => {
  const markers: MarkerInfo[] = [
    { section: 'preamble', paragraphId: 'p1' },
    { section: 'II', paragraphId: null },
    { section: 'II', paragraphId: 'p2' },
    { section: 'II.9', paragraphId: null },
    { section: 'II.9', paragraphId: 'p3' },
  ];

  it('takes the section of the top marker and the first paragraph from there', () => {
    expect(topOfPane(markers, 0)).toEqual({ section: 'preamble', paragraphId: 'p1' });
    expect(topOfPane(markers, 3)).toEqual({ section: 'II.9', paragraphId: 'p3' });
    expect(topOfPane(markers, 2)).toEqual({ section: 'II', paragraphId: 'p2' });
  });

  it('falls back to the last marker when scrolled past everything', () => {
    expect(topOfPane(markers, 5)).toEqual({ section: 'II.9', paragraphId: 'p3' });
    expect(topOfPane([], 0)).toEqual({ section: null, paragraphId: null });
  });
});
