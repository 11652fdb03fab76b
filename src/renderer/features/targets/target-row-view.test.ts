import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import zhCN from '../../i18n/zh-CN.json';
import { INDICATORS } from '../../../shared/targets/indicators';
import { clauseOf, indicatorKey, questionKey, rowPassage, verdictText } from './target-row-view';

const target = (unit: string | null) => ({
  figureId: 'f',
  paragraphId: 'p',
  citation: 'II ¶1',
  text: 'more than 6.5%',
  value: 6.5,
  unit,
  sentence: '',
  passage: { start: 120, end: 134 },
  bound: 'at least' as const,
});

describe('a targets row in words', () => {
  it('says how far a missed target fell short, in points for a rate and in the unit otherwise', () => {
    expect(verdictText({ verdict: 'missed', shortfall: 1.4, target: target('%') }, 'en')).toEqual({
      key: 'targets.verdict.missedByPoints',
      values: { amount: '1.4' },
    });
    expect(verdictText({ verdict: 'missed', shortfall: 20000, target: target('jobs') }, 'en')).toEqual({
      key: 'targets.verdict.missedBy',
      values: { amount: '20,000', unit: 'jobs' },
    });
    expect(verdictText({ verdict: 'not reported', shortfall: null, target: target('%') }, 'en').key).toBe('targets.verdict.notReported');
  });

  it('names every indicator of the lexicon in both catalogues', () => {
    const lookup = (catalogue: unknown, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? Reflect.get(node, part) : undefined), catalogue);
    for (const { id } of INDICATORS) {
      expect(lookup(en, indicatorKey(id)), id).toEqual(expect.any(String));
      expect(lookup(zhCN, indicatorKey(id)), id).toEqual(expect.any(String));
    }
    expect(lookup(en, indicatorKey(null))).toEqual(expect.any(String));
  });
});

describe('the words shown beside a figure', () => {
  it('are the clause that holds it, in English and Chinese lists of targets', () => {
    const en = 'The targets: the GDP grows by around 6%; the industry grows by more than 6.5%; and CPI grows by about 3%.';
    expect(clauseOf(en, 'more than 6.5%')).toBe('the industry grows by more than 6.5%');
    const zh = '主要预期目标是：地区生产总值增长6%左右；规上工业增加值增长6.5%以上；居民消费价格涨幅3%左右。';
    expect(clauseOf(zh, '6.5%以上')).toBe('规上工业增加值增长6.5%以上');
    expect(clauseOf('The GDP grew by 6.3%.', '6.3%')).toBe('The GDP grew by 6.3%.');
  });
});

describe('a question or a draft from a row', () => {
  it('asks why a missed target was missed, and what was achieved when nothing was reported', () => {
    expect(questionKey('missed')).toBe('targets.question.missed');
    expect(questionKey('not reported')).toBe('targets.question.notReported');
    expect(questionKey('met')).toBe('targets.question.other');
    for (const key of ['missed', 'notReported', 'other'] as const) {
      expect(en.targets.question[key]).toContain('{{target}}');
      expect(zhCN.targets.question[key]).toContain('{{target}}');
    }
  });

  it("starts from this year's result, or from last year's target when no result was reported", () => {
    const pair = { lastYearId: 'last', thisYearId: 'this' };
    const result = { ...target('%'), citation: 'I ¶1', passage: { start: 40, end: 44 } };
    expect(rowPassage({ target: target('%'), result }, pair)).toEqual({ documentId: 'this', start: 40, end: 44, citation: 'I ¶1' });
    expect(rowPassage({ target: target('%'), result: null }, pair)).toEqual({
      documentId: 'last',
      start: 120,
      end: 134,
      citation: 'II ¶1',
    });
  });
});
