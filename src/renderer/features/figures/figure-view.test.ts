import { describe, expect, it } from 'vitest';
import { filterFigures } from '../../../shared/figures/filter-figures';
import { parseReport } from '../../../shared/report/parse-report';
import { reportYears } from '../../../shared/figures/report-years';
import { figuresOf, partsWithFigures, sentenceParts, temporalBadge } from './figure-view';

const REPORT = [
  'Report on the Work of the Government (2024)',
  'I. A Review of Our Work in 2023',
  'The gross domestic product reached 706.25 billion yuan, a growth of 6.3%.',
  'II. The overall requirements for the government in 2024',
  'The main projected development targets this year go as follows: The GDP is around 6%.',
].join('\n\n');

describe('figures as the panel shows them', () => {
  const outline = parseReport(REPORT);
  const figures = figuresOf(outline);

  it('computes the figures once per outline', () => {
    expect(figuresOf(outline)).toBe(figures);
    expect(figures.length).toBeGreaterThan(2);
  });

  it('labels results with the year before the report and targets with its year', () => {
    const year = reportYears(outline.title);
    expect(year).toEqual({ result: 2023, target: 2024 });
    const target = filterFigures(figures, { temporal: 'target', partLabel: 'II' }).find((f) => f.text === '6%');
    expect(target?.qualifier).toBe('around');
    expect(temporalBadge(target!, year)).toEqual({ key: 'figures.temporal.target', year: 2024 });
    expect(temporalBadge({ temporal: 'result' }, year)).toEqual({ key: 'figures.temporal.result', year: 2023 });
    expect(temporalBadge({ temporal: 'result' }, reportYears('Budget report'))).toEqual({ key: 'figures.temporal.resultPlain' });
    expect(temporalBadge({ temporal: 'unknown' }, year)).toEqual({ key: 'figures.temporal.unknown' });
  });

  it('splits the sentence around the figure and lists the parts in order', () => {
    expect(sentenceParts({ sentence: 'GDP grew 6.3% in 2023.', text: '6.3%', start: 0 })).toEqual({
      before: 'GDP grew ',
      match: '6.3%',
      after: ' in 2023.',
    });
    expect(sentenceParts({ sentence: 'No match.', text: '5%', start: 0 })).toEqual({ before: 'No match.', match: '', after: '' });
    // The second "6%" of the sentence, found by the figure's offset in its paragraph.
    const paragraph = 'Intro. GDP is around 6%; industry grows by more than 6%; done.';
    const sentence = 'GDP is around 6%; industry grows by more than 6%; done.';
    const second = sentenceParts({ sentence, text: '6%', start: paragraph.lastIndexOf('6%') }, paragraph);
    expect(second).toEqual({ before: 'GDP is around 6%; industry grows by more than ', match: '6%', after: '; done.' });
    const long = sentenceParts({ sentence: `${'word '.repeat(60)}7% ${'more '.repeat(60)}`, text: '7%', start: 0 }, undefined, 20);
    expect(long.before.startsWith('…')).toBe(true);
    expect(long.after.endsWith('…')).toBe(true);
    expect(partsWithFigures(figures).slice(0, 2)).toEqual(['I', 'II']);
  });
});

const PLAN = [
  '关于嘉兴市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
  '一、2023年计划执行情况',
  '全市实现地区生产总值7062.5亿元，增长6.3%。',
  '二、2024年经济社会发展的主要目标',
  '地区生产总值增长5.5%左右，城乡居民收入增长与经济增长基本同步。',
].join('\n\n');

const EN_PLAN = [
  'Report on the Implementation of the 2023 Plan for National Economic and Social Development and on the 2024 Draft Plan',
  'I. Implementation of the 2023 Plan',
  'The gross domestic product reached 706.25 billion yuan, a growth of 6.3%.',
  'II. Main targets for 2024',
  'The GDP is around 5.5%.',
].join('\n\n');

describe('figures of a plan report', () => {
  it.each([
    ['Chinese', PLAN, '6.3%', '5.5%'],
    ['English', EN_PLAN, '6.3%', '5.5%'],
  ])('%s: results under the execution part are for the year reviewed, targets for the draft year', (_, text, result, target) => {
    const outline = parseReport(text);
    const years = reportYears(outline.title);
    const badgeOf = (figureText: string) =>
      temporalBadge(
        figuresOf(outline).find((f) => f.text === figureText)!,
        years,
      );
    expect(badgeOf(result)).toEqual({ key: 'figures.temporal.result', year: 2023 });
    expect(badgeOf(target)).toEqual({ key: 'figures.temporal.target', year: 2024 });
  });
});
