import { describe, expect, it } from 'vitest';
import { splitHeadingBody } from './sentence-split';

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
