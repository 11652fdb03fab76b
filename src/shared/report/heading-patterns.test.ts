import { describe, expect, it } from 'vitest';
import { isBullet, matchMarkdownHeading, matchNumbering } from './heading-patterns';

describe('matchNumbering', () => {
  it.each([
    ['I. A Review of Our Work in 2023', 'roman', 'I', 1, 'A Review of Our Work in 2023'],
    ['I.AReview of Our Work', 'roman', 'I', 1, 'AReview of Our Work'],
    ['I. AReview of Our Work', 'roman', 'I', 1, 'AReview of Our Work'],
    ['II.The overall requirements', 'roman', 'II', 2, 'The overall requirements'],
    ['IV、Tasks', 'roman', 'IV', 4, 'Tasks'],
    ['一、2023年工作回顾', 'cn-part', '一', 1, '2023年工作回顾'],
    ['十二、其他', 'cn-part', '十二', 12, '其他'],
    ['（一）着力稳定经济增长。全年……', 'cn-paren', '（一）', 1, '着力稳定经济增长。全年……'],
    ['(二) 推动改革', 'cn-paren', '(二)', 2, '推动改革'],
    ['1. We did our best.', 'arabic', '1', 1, 'We did our best.'],
    ['10. Benefit the people.', 'arabic', '10', 10, 'Benefit the people.'],
    ['1、深化改革', 'arabic', '1', 1, '深化改革'],
    ['２．全角数字', 'arabic', '２', 2, '全角数字'],
    ['1.\u00a0Glued', 'arabic', '1', 1, '\u00a0Glued'.trimStart()],
    ['（1）举办活动', 'arabic-paren', '（1）', 1, '举办活动'],
    ['(2) Second', 'arabic-paren', '(2)', 2, 'Second'],
  ])('%j is numbered', (line, style, label, value, rest) => {
    expect(matchNumbering(line)).toEqual({ style, label, value, rest });
  });

  it.each([
    '2022 was a year of extraordinary significance.',
    '12.44 million people were covered.',
    '2.5 billion yuan was invested',
    '3.5% growth',
    '100. Too many digits',
    '0. Zero is not an item number',
    '1.',
    'I.e. this is not a part',
    'IIII. Malformed numeral',
    'In 2023, facing complicated environment',
    '——出台稳经济一揽子政策',
    '（十十）bad',
    'Fellow Deputies,',
  ])('%j is not numbered', (line) => {
    expect(matchNumbering(line)).toBeNull();
  });
});

describe('matchMarkdownHeading', () => {
  it.each([
    ['# Title', 1, 'Title'],
    ['## 1. Foo', 2, '1. Foo'],
    ['### Closed ###', 3, 'Closed'],
  ])('%j', (line, depth, text) => {
    expect(matchMarkdownHeading(line)).toEqual({ depth, text });
  });

  it.each(['#hashtag', '####### seven', '# ', 'Not # heading'])('%j is not a heading', (line) => {
    expect(matchMarkdownHeading(line)).toBeNull();
  });

  it('handles a long run of hashes in linear time', () => {
    const line = `# ${'# '.repeat(50_000)}x`;
    expect(matchMarkdownHeading(line)?.depth).toBe(1);
  });
});

describe('isBullet', () => {
  it.each([
    ['——出台政策', true],
    ['—— 出台政策', true],
    ['- item', true],
    ['* item', true],
    ['• item', true],
    ['-1 degrees', false],
    ['Plain text', false],
  ])('%j → %j', (line, expected) => {
    expect(isBullet(line)).toBe(expected);
  });
});
