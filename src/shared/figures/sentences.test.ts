import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits at sentence ends but not at decimals, abbreviations or lower-case continuations', () => {
    const text = 'GDP grew 6.3%. Jinko Solar Co., Ltd. in Haining started. We implemented No. 1 Projects. Done';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'GDP grew 6.3%.',
      'Jinko Solar Co., Ltd. in Haining started.',
      'We implemented No. 1 Projects.',
      'Done',
    ]);
  });

  it('keeps offsets into the paragraph and trims spaces', () => {
    const text = '  First one.  Second “quoted.” Third';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.text)).toEqual(['First one.', 'Second “quoted.”', 'Third']);
  });

  it('splits Chinese sentences at 。！？', () => {
    expect(splitSentences('增长6.3%。完成目标！好吗？').map((s) => s.text)).toEqual(['增长6.3%。', '完成目标！', '好吗？']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
