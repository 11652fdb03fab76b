import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures';
import { filterFigures } from './filter-figures';
import { outlineOf } from './figure-test-support';

const review = extractFigures(
  outlineOf('GDP reached 706.25 billion yuan, up 6.3%, ranking third in Zhejiang.', {
    label: 'I',
    heading: 'A Review of Our Work in 2023',
  }),
);
const plan = extractFigures(
  outlineOf('GDP will grow by around 6% and we will create 110,000 new jobs.', { label: 'II', heading: 'Tasks for 2024' }),
);
const all = [...review, ...plan];

describe('filterFigures', () => {
  it('keeps everything without a filter or with empty lists', () => {
    expect(filterFigures(all)).toEqual(all);
    expect(filterFigures(all, { kinds: [], temporal: [] })).toEqual(all);
  });

  it('filters by kind, temporal class and part, keeping order', () => {
    expect(filterFigures(all, { kinds: ['percentage'] }).map((f) => f.text)).toEqual(['6.3%', '6%']);
    expect(filterFigures(all, { temporal: 'target' }).map((f) => f.text)).toEqual(['6%', '110,000 new jobs']);
    expect(filterFigures(all, { temporal: ['result'], kinds: ['money', 'ranking'] }).map((f) => f.text)).toEqual([
      '706.25 billion yuan',
      'ranking third in Zhejiang',
    ]);
    expect(filterFigures(all, { partLabel: 'II' })).toEqual(plan);
    expect(filterFigures(all, { partLabel: null })).toEqual([]);
  });

  it('does not modify its input', () => {
    const copy = [...all];
    filterFigures(all, { kinds: ['count'] });
    expect(all).toEqual(copy);
  });
});
