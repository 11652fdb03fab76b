import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toLogicalLines } from './logical-lines';

describe('toLogicalLines', () => {
  it('reads one paragraph per line when the text has no blank lines', () => {
    expect(toLogicalLines('Title\nFirst paragraph.\n  Second, indented.\nThird.')).toEqual([
      'Title',
      'First paragraph.',
      'Second, indented.',
      'Third.',
    ]);
  });

  it('ignores runs of blank lines, CRLF, a BOM and stray whitespace', () => {
    const text = '\ufeffTitle\r\n\r\n\r\n\r\n  One\u00a0 paragraph.  \r\n \t \r\nTwo  paragraphs.\r\n';
    expect(toLogicalLines(text)).toEqual(['Title', 'One paragraph.', 'Two paragraphs.']);
  });

  it('keeps long lines of a block as separate paragraphs (one-per-line text with blank lines)', () => {
    const long1 = `We will develop culture. ${'x '.repeat(80)}`;
    const long2 = `\u00a0 \u00a0 \u00a0 We will continue efforts to build Peaceful Jiaxing. ${'y '.repeat(80)}`;
    const lines = toLogicalLines(`Intro.\n\n${long1}\n${long2}\n\nEnd.`);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^We will continue efforts/);
  });

  it('joins hard-wrapped lines and starts paragraphs at indents, bullets and numbers', () => {
    const text = readFileSync(new URL('./fixtures/en-hard-wrapped.txt', import.meta.url), 'utf8');
    expect(toLogicalLines(text)).toEqual([
      'Review of the Year',
      'The city kept its economy growing in a difficult year and met every major target that this assembly set for it, as the figures below show in some detail.',
      'An indented paragraph starts here and then wraps onto a second line without any indentation of its own at all.',
      'Another paragraph begins on the very next line, indented, and it wraps as well.',
      '1. We kept growth steady. Output rose by 6 percent, and exports rose by 4 percent over the year.',
      '- a bullet line',
      '- another bullet line',
    ]);
  });

  it('ends a wrapped paragraph at a clearly short line', () => {
    const text = [
      'Intro.',
      '',
      'Review of Work in 2014',
      'Over the past year we kept the economy running within a proper',
      'range and made progress in reform across the whole country.',
    ].join('\n');
    expect(toLogicalLines(text)).toEqual([
      'Intro.',
      'Review of Work in 2014',
      'Over the past year we kept the economy running within a proper range and made progress in reform across the whole country.',
    ]);
  });

  it('joins wrapped CJK lines without a space', () => {
    const text = '标题\n\n　　我们坚持稳中求进工作总基调，经济社会发展\n取得新成效，人民生活水平持续提高。\n　　第二段开始。';
    expect(toLogicalLines(text)).toEqual([
      '标题',
      '我们坚持稳中求进工作总基调，经济社会发展取得新成效，人民生活水平持续提高。',
      '第二段开始。',
    ]);
  });

  it('never joins a line onto a Markdown heading', () => {
    expect(toLogicalLines('# Title\nText right below.\n\nMore.')).toEqual(['# Title', 'Text right below.', 'More.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(toLogicalLines('')).toEqual([]);
    expect(toLogicalLines('\ufeff \n\n\u00a0\n')).toEqual([]);
  });
});
