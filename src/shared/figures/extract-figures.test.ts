import { describe, expect, it } from 'vitest';
import type { Figure } from './figure';
import { extractFigures } from './extract-figures';
import { outlineOf } from './figure-test-support';

const REVIEW = { label: 'I', heading: 'A Review of Our Work in 2023' };
const PLAN = { label: 'II', heading: 'The overall requirements for the government in 2024 go as follows:' };

const figuresIn = (text: string, part?: { label: string; heading: string }) => extractFigures(outlineOf(text, part));
const brief = (f: Figure) => ({ text: f.text, kind: f.kind, value: f.value });

describe('extractFigures: what is (not) a figure', () => {
  const cases: [sentence: string, expected: Partial<Figure>[]][] = [
    ['In 2023, facing a complicated environment, we kept growing.', []],
    ['We will finish the work by 2025.', []],
    ['Release date:2024-04-17 16:10', []],
    ['Delivered on January 30, 2024.', []],
    ['The proportion of Grade III water and above maintained 100%.', [{ text: '100%', kind: 'percentage', value: 100 }]],
    ['GDP is expected to grow by 6%–7% next year.', [{ text: '6%–7%', kind: 'percentage', value: null, range: { low: 6, high: 7 } }]],
    ['Growth of 6-7 percent is projected.', [{ text: '6-7 percent', kind: 'percentage', value: null, range: { low: 6, high: 7 } }]],
    ['The population reached 12.44 million people.', [{ text: '12.44 million people', kind: 'count', value: 12440000, unit: 'people' }]],
    ['The population reached 12.44 million.', [{ text: '12.44 million', kind: 'count', value: 12440000, unit: null }]],
    // Named programmes are names, not rankings: "No. N" is a ranking only before "among"/"in"/"nationwide".
    ['We will implement the “No. 1 Development Project” on digital economy.', []],
    ['We will further implement No. 1 Reform Project for a better business environment.', []],
    ['Jiaxing ranked No. 1 among the cities of Zhejiang.', [{ text: 'No. 1', kind: 'ranking', value: 1 }]],
    ['We implemented the guiding principles of the Party’s 20th National Congress.', []],
    ['The 10th Jiaxing Games was held successfully.', []],
    [
      'Total fiscal revenue reached 110.26 billion yuan, ranking third in Zhejiang.',
      [
        { text: '110.26 billion yuan', kind: 'money', value: 110.26e9 },
        { text: 'ranking third in Zhejiang', kind: 'ranking', value: 3 },
      ],
    ],
    [
      'Jiaxing was awarded the title for the fifth consecutive year.',
      [{ text: 'for the fifth consecutive year', kind: 'streak', value: 5, unit: 'years' }],
    ],
    [
      'It stayed in the top 10 for three consecutive years.',
      [
        { text: 'top 10', kind: 'ranking', value: 10 },
        { text: 'for three consecutive years', kind: 'streak', value: 3 },
      ],
    ],
    [
      'We built 2,000 km of roads and handled 10 items.',
      [
        { text: '2,000 km', kind: 'count', value: 2000, unit: 'km' },
        { text: '10 items', kind: 'count', value: 10, unit: 'items' },
      ],
    ],
    [
      'We strove for 45 pilot reform projects and 35 such courtyards.',
      [
        { text: '45 pilot reform projects', unit: 'projects' },
        { text: '35 such courtyards', unit: 'courtyards' },
      ],
    ],
    ['Version 1.2.3 of the G60 plan and the “551” Plan cover 5G.', []],
    ['The number of talent per 10,000 employees ranked third.', [{ text: 'ranked third', kind: 'ranking', value: 3 }]],
    ['Six industries and three cases were selected.', []],
    ['We pushed forward the 100·1,000·10,000Project.', []],
    [
      'We attracted US$ three billion and USD 3.01 billion and RMB 5 million.',
      [
        { text: 'US$ three billion', value: 3e9, unit: 'USD' },
        { text: 'USD 3.01 billion', value: 3.01e9, unit: 'USD' },
        { text: 'RMB 5 million', value: 5e6, unit: 'yuan' },
      ],
    ],
    [
      'It brought 104.1-billion-yuan investment and 5 ten thousand yuan.',
      [
        { text: '104.1-billion-yuan', value: 104.1e9 },
        { text: '5 ten thousand yuan', value: 5e4 },
      ],
    ],
    [
      '地区生产总值7062.5亿元，增长6.3%。',
      [
        { text: '7062.5亿元', kind: 'money', value: 706.25e9, unit: 'yuan' },
        { text: '6.3%', kind: 'percentage', value: 6.3, direction: 'up' },
      ],
    ],
    [
      '全市排名全省第三，连续5年保持第一，新增就业12.5万人。',
      [
        { text: '排名全省第三', kind: 'ranking', value: 3 },
        { text: '连续5年', kind: 'streak', value: 5 },
        { text: '12.5万人', kind: 'count', value: 125000, unit: '人' },
      ],
    ],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    const found = figuresIn(sentence);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
  });
});

describe('extractFigures: qualifiers and direction', () => {
  // Choice: `value` keeps the magnitude as written; `direction` says up/down; only a minus sign makes `value` negative.
  it.each([
    ['Exports were down 2.1% year on year.', { value: 2.1, direction: 'down' }],
    ['Sales decreased by 3%.', { value: 3, direction: 'down' }],
    ['Growth was -2.1% in the first quarter.', { value: -2.1, direction: 'down' }],
    ['Prices rose by 1.5 percentage points.', { value: 1.5, unit: 'percentage points', direction: 'up' }],
    ['The output reached 3.5%.', { value: 3.5, direction: null }],
  ] as const)('%s', (sentence, expected) => {
    expect(figuresIn(sentence)[0]).toMatchObject(expected);
  });

  it('lets a listed figure inherit the direction but not across a measuring verb', () => {
    const fell = figuresIn('Prices fell by 3.4%, 11.8%, and 8.9% respectively.');
    expect(fell.map((f) => f.direction)).toEqual(['down', 'down', 'down']);
    const loans = figuresIn('The loans increased by 19.3%, reaching 40.05 billion yuan.');
    expect(loans.map((f) => f.direction)).toEqual(['up', null]);
  });

  it.each([
    ['The GDP is around 6%.', 'around', 'around 6%'],
    ['Retail sales increase by over 5.5%.', 'more than', 'over 5.5%'],
    ['CPI grows by about 3%.', 'about', 'about 3%'],
    ['The unemployment rate stands below 5%.', 'less than', 'below 5%'],
    ['We will attract at least 50 projects.', 'at least', 'at least 50 projects'],
    ['We will supply approximately 2,333 hectares of land.', 'about', 'approximately 2,333 hectares'],
    ['We will invest up to 10 billion yuan.', 'up to', 'up to 10 billion yuan'],
    ['预期目标：地区生产总值增长6%左右。', 'around', '6%左右'],
    ['The rate stands at 5%.', null, '5%'],
  ] as const)('%s → %s, shown as the report words it: %s', (sentence, qualifier, phrase) => {
    const [figure] = figuresIn(sentence, PLAN);
    expect(figure?.qualifier).toBe(qualifier);
    expect(figure?.phrase).toBe(phrase);
    // The offsets cover exactly those words in the paragraph (what the highlight paints).
    expect(sentence.slice(figure?.phraseStart, figure?.phraseEnd)).toBe(phrase);
  });
});

describe('extractFigures: temporal class and location', () => {
  it('uses the part as a prior and lets an explicit sentence decide', () => {
    expect(figuresIn('Our export share rose to 15%.', REVIEW)[0]?.temporal).toBe('result');
    expect(figuresIn('The share in Zhejiang stays at 15%.', REVIEW)[0]?.temporal).toBe('result');
    expect(figuresIn('The share in Zhejiang stays at 15%.', PLAN)[0]?.temporal).toBe('target');
    expect(figuresIn('The share in Zhejiang stays at 15%.')[0]?.temporal).toBe('unknown');
    expect(figuresIn('We will create 110,000 new jobs.', REVIEW)[0]?.temporal).toBe('target');
    expect(figuresIn('Last year the share was 15%.', PLAN)[0]?.temporal).toBe('result');
  });

  it('treats a targets paragraph as targets even without a future verb', () => {
    const text = 'The main projected development targets this year go as follows: The GDP is around 6%. 110,000 new jobs are created.';
    expect(figuresIn(text).map((f) => [f.text, f.temporal])).toEqual([
      ['6%', 'target'],
      ['110,000 new jobs', 'target'],
    ]);
  });

  it('fills in citation, section path, part label, offsets and sentence', () => {
    const text = 'In 2023, we did well. The GDP reached 706.25 billion yuan, a growth of 6.3% year on year.';
    const [gdp] = figuresIn(text, REVIEW);
    expect(gdp).toMatchObject({ id: 'p-1:38', paragraphId: 'p-1', citation: 'I ¶1', sectionPath: 'I', partLabel: 'I', start: 38, end: 57 });
    expect(text.slice(gdp?.start, gdp?.end)).toBe('706.25 billion yuan');
    expect(gdp?.sentence).toBe('The GDP reached 706.25 billion yuan, a growth of 6.3% year on year.');
    expect(figuresIn(text).map(brief)[0]).toEqual({ text: '706.25 billion yuan', kind: 'money', value: 706.25e9 });
    expect(figuresIn(text)[0]?.partLabel).toBeNull();
  });

  it('returns nothing for an empty outline', () => {
    expect(extractFigures({ title: '', sections: [] })).toEqual([]);
  });
});
