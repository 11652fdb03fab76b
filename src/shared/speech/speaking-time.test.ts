import { describe, expect, it } from 'vitest';
import { clockText, speakingSeconds, speechBudget, spokenLength } from './speaking-time';

const rate = { charsPerMinute: 250, wordsPerMinute: 130 };

describe('speaking time', () => {
  it('counts Chinese in characters and English in words, punctuation free', () => {
    expect(spokenLength('建议增开农村公交班次，方便群众出行。')).toEqual({ chars: 16, words: 0 });
    expect(spokenLength('Rural buses should run twice a day.')).toEqual({ chars: 0, words: 7 });
    // A number is one word; mixed text counts both.
    expect(spokenLength('2024年完成12.5%的增长')).toEqual({ chars: 6, words: 2 });
  });

  it('takes a minute for 250 characters or 130 words at the default rate', () => {
    expect(speakingSeconds('政'.repeat(250), rate)).toBeCloseTo(60);
    expect(speakingSeconds(Array.from({ length: 130 }, () => 'word').join(' '), rate)).toBeCloseTo(60);
    expect(speakingSeconds('政'.repeat(250), { ...rate, charsPerMinute: 200 })).toBeCloseTo(75);
  });

  it('says how far over or under the budget the points are', () => {
    const under = speechBudget(['政'.repeat(250), '府'.repeat(250)], 3, rate);
    expect(under).toMatchObject({ seconds: 120, budget: 180, over: -60, length: { chars: 500, words: 0 } });
    expect(under.perPoint.map(Math.round)).toEqual([60, 60]);
    expect(speechBudget(['政'.repeat(1000)], 3, rate).over).toBeCloseTo(60);
  });

  it('shows m:ss, rounding up', () => {
    expect(clockText(180)).toBe('3:00');
    expect(clockText(59.2)).toBe('1:00');
    expect(clockText(0.4)).toBe('0:01');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(-5)).toBe('0:00');
  });
});
