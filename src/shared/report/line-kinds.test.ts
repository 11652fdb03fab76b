import { describe, expect, it } from 'vitest';
import { endsLikeSentence, introducesList, isBodyParagraph, isPlainHeadingCandidate, isSalutation } from './line-kinds';

describe('isPlainHeadingCandidate', () => {
  it.each([
    ['Review of Work in 2014', true],
    ['Main tasks for 2015:', true],
    ['Government Self-Improvement', true],
    ['政府工作回顾', true],
    ['Fellow Deputies,', false],
    ['Over the past year, what we did goes as follows:', false],
    ['We did our best.', false],
    ['2022 was a year', false],
    ['lower-case start', false],
    ['——出台政策', false],
    ['1. Numbered item', false],
    ['# Markdown', false],
    ['Fellow deputies', false],
    ['A very long line that goes on and on with many words and clearly is not a heading at all', false],
    ['x', false],
  ])('%j → %j', (line, expected) => {
    expect(isPlainHeadingCandidate(line)).toBe(expected);
  });
});

describe('isSalutation', () => {
  it.each([
    ['Fellow deputies, the achievements…', true],
    ['Fellow Deputies,', true],
    ['Dear deputies!', true],
    ['各位代表！成绩来之不易。', true],
    ['Fellowship programs were expanded.', false],
    ['The deputies met.', false],
  ])('%j → %j', (line, expected) => {
    expect(isSalutation(line)).toBe(expected);
  });
});

describe('isBodyParagraph / endsLikeSentence', () => {
  it('accepts sentences and long lines, rejects short fragments', () => {
    expect(isBodyParagraph('Short sentence.')).toBe(true);
    expect(isBodyParagraph('He said “done.”')).toBe(true);
    expect(isBodyParagraph('Fellow Deputies,')).toBe(false);
    expect(isBodyParagraph('Mayor Li Jun')).toBe(false);
    expect(isBodyParagraph(`A long line without a final period ${'word '.repeat(10)}`)).toBe(true);
    expect(endsLikeSentence('完成任务。')).toBe(true);
    expect(endsLikeSentence('Main tasks:')).toBe(false);
  });
});

describe('introducesList (a colon line before numbered items)', () => {
  it.each([
    ['We did the following:', true],
    ['The main tasks are:', true],
    ['Our work this year includes:', true],
    ['我们重点做了以下工作：', true],
    ['今年的主要目标是：', true],
    ['Major tasks for 2024:', false],
    ['Main tasks for 2015:', false],
    ['主要任务：', false],
    ['2024年重点工作：', false],
  ])('%j → %j', (line, expected) => {
    expect(introducesList(line)).toBe(expected);
  });
});
