import { describe, expect, it } from 'vitest';
import { judgePageText } from './pdf-page-quality';

const PROSE =
  '过去一年，全市地区生产总值增长6.2%，一般公共预算收入达到1234亿元。我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。';

describe('whether a page was read as text', () => {
  it('takes Chinese and English prose as readable', () => {
    expect(judgePageText(PROSE).readable).toBe(true);
    expect(judgePageText('Over the past year, the gross domestic product of the city grew by 6.2 percent.').readable).toBe(true);
  });

  it('refuses text of replacement, private-use or control characters', () => {
    expect(judgePageText('\ufffd'.repeat(30) + PROSE.slice(0, 20)).readable).toBe(false);
    expect(judgePageText('\ue001\ue002\ue003'.repeat(20)).readable).toBe(false);
    expect(judgePageText('\u0001\u0002\u0003\u0004'.repeat(10)).readable).toBe(false);
  });

  it('refuses glyph numbers read as ideographs: rare characters all over the CJK block, none of the common ones', () => {
    // Ideographs spread over the whole CJK block, as glyph ids read as code points are.
    const scattered = Array.from({ length: 120 }, (_, i) => String.fromCodePoint(0x4e01 + ((i * 97 * 13) % 20900))).join('');
    expect(judgePageText(scattered).readable).toBe(false);
  });

  it('refuses glyph numbers read as Latin extensions, Greek and Cyrillic letters', () => {
    const scattered = Array.from({ length: 80 }, (_, i) => String.fromCodePoint(0x250 + ((i * 37) % 0x2b0))).join('');
    expect(judgePageText(scattered).readable).toBe(false);
  });

  it('does not judge a page with only a page number or a caption', () => {
    expect(judgePageText('— 3 —').readable).toBe(true);
  });
});
