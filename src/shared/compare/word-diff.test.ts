import { describe, expect, it } from 'vitest';
import { editSummary } from './edit-summary';
import { sideText, wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('marks only the changed English word, and each side reads back as its own text', () => {
    const before = 'Grain output stayed above 95% of the target this year.';
    const after = 'Grain output stayed above 96% of the target this year.';
    const segments = wordDiff(before, after);
    expect(segments.filter((s) => s.kind === 'removed').map((s) => s.text)).toEqual(['95']);
    expect(segments.filter((s) => s.kind === 'added').map((s) => s.text)).toEqual(['96']);
    expect(sideText(segments, 'old')).toBe(before);
    expect(sideText(segments, 'new')).toBe(after);
  });

  it('marks Chinese by words, not the whole sentence', () => {
    const before = '全市地区生产总值增长6.5%，城乡居民收入稳步提高。';
    const after = '全市地区生产总值增长6.8%，城乡居民收入持续提高。';
    const segments = wordDiff(before, after);
    const changed = segments
      .filter((s) => s.kind !== 'same')
      .map((s) => s.text)
      .join('');
    expect(changed.length).toBeLessThan(12);
    expect(
      segments
        .filter((s) => s.kind === 'same')
        .map((s) => s.text)
        .join(''),
    ).toContain('城乡居民收入');
    expect(sideText(segments, 'old')).toBe(before);
    expect(sideText(segments, 'new')).toBe(after);
  });
});

describe('editSummary', () => {
  it('reads a changed figure whole: "95% → 96%"', () => {
    const edits = editSummary(wordDiff('coverage reached 95% in the county', 'coverage reached 96% in the county'));
    expect(edits).toEqual([{ removed: '95%', added: '96%' }]);
  });

  it('lists a Chinese figure and a Chinese word as two edits', () => {
    const edits = editSummary(
      wordDiff('全市地区生产总值增长6.5%，城乡居民收入稳步提高。', '全市地区生产总值增长6.8%，城乡居民收入持续提高。'),
    );
    expect(edits).toHaveLength(2);
    expect(edits[0]).toEqual({ removed: '6.5%', added: '6.8%' });
    expect(edits[1]!.removed).toContain('稳步');
    expect(edits[1]!.added).toContain('持续');
  });

  it('an insertion has an empty old side, a deletion an empty new side', () => {
    expect(editSummary(wordDiff('We will build roads.', 'We will build rural roads.'))).toEqual([{ removed: '', added: 'rural' }]);
    expect(editSummary(wordDiff('We will build rural roads.', 'We will build roads.'))).toEqual([{ removed: 'rural', added: '' }]);
  });
});
