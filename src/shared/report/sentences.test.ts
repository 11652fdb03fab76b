import { describe, expect, it } from 'vitest';
import { splitHeadingBody, splitSentences } from './sentences';

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

describe('splitHeadingBody', () => {
  it.each([
    ['We did our best. We continued to help.', 'We did our best.', 'We continued to help.'],
    ['Heading alone.', 'Heading alone.', null],
    ['A Review of Our Work in 2023', 'A Review of Our Work in 2023', null],
    ['The overall requirements go as follows:', 'The overall requirements go as follows:', null],
    ['Improve “Beautiful Jiaxing”. Then more.', 'Improve “Beautiful Jiaxing”.', 'Then more.'],
    ['Implement “No. 1 Reform Project” now. Next.', 'Implement “No. 1 Reform Project” now.', 'Next.'],
    ['Growth was 6.3% and more. Body.', 'Growth was 6.3% and more.', 'Body.'],
    ['Was it done? Yes, it was.', 'Was it done?', 'Yes, it was.'],
    ['Mr. Li reported. Body.', 'Mr. Li reported.', 'Body.'],
    ['Lower case. continues the sentence', 'Lower case. continues the sentence', null],
    ['着力稳定经济增长。全年地区生产总值增长6.3%。', '着力稳定经济增长。', '全年地区生产总值增长6.3%。'],
    ['深化改革。', '深化改革。', null],
    ['加强“放管服”改革！取得成效。', '加强“放管服”改革！', '取得成效。'],
  ])('%j', (text, heading, body) => {
    expect(splitHeadingBody(text)).toEqual({ heading, body });
  });

  it('is linear on long lines without sentence ends', () => {
    const text = `${'a.b '.repeat(100_000)}end`;
    expect(splitHeadingBody(text).body).toBeNull();
  });
});
