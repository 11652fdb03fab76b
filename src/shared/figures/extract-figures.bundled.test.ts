import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Paragraph, Section } from '../domain/outline';
import { parseReport } from '../report/parse-report';
import type { Figure } from './figure';
import { FigureSchema } from './figure';
import { extractFigures } from './extract-figures';

const REPORT_URL = new URL('../../../resources/reports/jiaxing-2024-government-work-report.en.txt', import.meta.url);
const outline = parseReport(readFileSync(REPORT_URL, 'utf8'));
const figures = extractFigures(outline);
const paragraphs: Paragraph[] = ((sections: Section[]): Paragraph[] => {
  const walk = (list: Section[]): Paragraph[] => list.flatMap((s) => [...s.paragraphs, ...walk(s.children)]);
  return walk(sections);
})(outline.sections);

/** The first figure at or after `fragment`, which must occur in exactly one paragraph. */
function figureAfter(fragment: string): Figure {
  const found = paragraphs.filter((p) => p.text.includes(fragment));
  if (found.length !== 1) throw new Error(`"${fragment}" is in ${found.length} paragraphs`);
  const p = found[0]!;
  const at = p.text.indexOf(fragment);
  const f = figures.find((x) => x.paragraphId === p.id && x.start >= at);
  if (f === undefined) throw new Error(`no figure after "${fragment}"`);
  return f;
}

describe('extractFigures on the bundled Jiaxing 2024 report', () => {
  it('finds the 2023 GDP and its growth in the same sentence, as results of part I', () => {
    const gdp = figureAfter('The gross domestic product reached');
    expect(gdp).toMatchObject({
      text: '706.25 billion yuan',
      kind: 'money',
      value: 706.25e9,
      unit: 'yuan',
      temporal: 'result',
      partLabel: 'I',
      citation: 'I ¶2',
      sectionPath: 'I',
    });
    const growth = figureAfter('a growth of 6.3%');
    expect(growth).toMatchObject({
      text: '6.3%',
      kind: 'percentage',
      value: 6.3,
      unit: '%',
      direction: 'up',
      temporal: 'result',
      partLabel: 'I',
      citation: 'I ¶2',
    });
    expect(growth.sentence).toBe(gdp.sentence);
    expect(gdp.sentence.startsWith('The gross domestic product reached 706.25 billion yuan')).toBe(true);
  });

  it('finds the 2024 GDP target "around 6%" in the projected targets paragraph of part II', () => {
    const target = figureAfter('The GDP is around');
    expect(target).toMatchObject({
      text: '6%',
      kind: 'percentage',
      value: 6,
      qualifier: 'around',
      temporal: 'target',
      partLabel: 'II',
      citation: 'II ¶2',
      sectionPath: 'II',
      range: null,
    });
    const paragraph = paragraphs.find((p) => p.id === target.paragraphId);
    expect(paragraph?.text.startsWith('The main projected development targets this year go as follows')).toBe(true);
  });

  // Checked by hand against the report text.
  const table: [fragment: string, expected: Partial<Figure>][] = [
    [
      'fiscal investment in sci-tech innovation increased by',
      { text: '18.4%', kind: 'percentage', value: 18.4, direction: 'up', temporal: 'result', citation: 'I.2 ¶1' },
    ],
    [
      'strove for 45',
      { text: '45 pilot reform projects', kind: 'count', value: 45, unit: 'projects', temporal: 'result', citation: 'I.4 ¶1' },
    ],
    ['accidents and deaths decreased by 15.6%', { text: '15.6%', kind: 'percentage', value: 15.6, direction: 'down', temporal: 'result' }],
    ['15.6% and 21.5%', { text: '15.6%', direction: 'down' }],
    ['and 21.5% respectively', { text: '21.5%', kind: 'percentage', value: 21.5, direction: 'down' }],
    ['and 8.9% respectively', { text: '8.9%', kind: 'percentage', direction: 'down', citation: 'I.1 ¶1' }],
    ['Newly established market entities totaled', { text: '116,000', kind: 'count', value: 116000, unit: null, temporal: 'result' }],
    ['special-purpose bonds of', { text: '35.91 billion yuan', kind: 'money', value: 35.91e9, unit: 'yuan', temporal: 'result' }],
    [
      'foreign investment actually utilized totaled',
      { text: 'USD 3.01 billion', kind: 'money', value: 3.01e9, unit: 'USD', temporal: 'result' },
    ],
    ['3.01 billion, ranking', { text: 'ranking third in Zhejiang', kind: 'ranking', value: 3, temporal: 'result' }],
    ['The cargo throughput of Jiaxing Port reached', { text: '140 million tons', kind: 'count', value: 140e6, unit: 'tons' }],
    ['the throughput of containers reached', { text: '3.404 million TEUs', kind: 'count', value: 3.404e6, unit: 'TEUs' }],
    ['an increase of 19.3%, ranking', { text: '19.3%', kind: 'percentage', direction: 'up', citation: 'I.3 ¶1' }],
    ['19.3%, ranking 75', { text: '19.3%' }],
    ['ranking 75 in top 100', { text: 'ranking 75 in top 100', kind: 'ranking', value: 75 }],
    [
      'good air quality increased',
      { text: '2.8 percentage points', kind: 'percentage', value: 2.8, unit: 'percentage points', direction: 'up' },
    ],
    ['ranked first for the 18th', { text: 'ranked first', kind: 'ranking', value: 1 }],
    ['for the 18th consecutive', { text: 'for the 18th consecutive', kind: 'streak', value: 18, unit: 'years', temporal: 'result' }],
    ['health model city for the third', { text: 'for the third consecutive year', kind: 'streak', value: 3 }],
    ['for the tenth consecutive year', { text: 'for the tenth consecutive year', kind: 'streak', value: 10 }],
    ['incomes remained the first', { text: 'remained the first in Zhejiang', kind: 'ranking', value: 1, citation: 'I.6 ¶1' }],
    ['Zhejiang for 20 consecutive years', { text: 'for 20 consecutive years', kind: 'streak', value: 20 }],
    ['created 146,000', { text: '146,000 new urban jobs', kind: 'count', value: 146000, unit: 'jobs' }],
    ['allowances were raised to', { text: '1,135 yuan', kind: 'money', value: 1135, temporal: 'result' }],
    ['completed the urban renewal of', { text: '5.417 million square meters', kind: 'count', value: 5.417e6, unit: 'square meters' }],
    ['included into top ten', { text: 'top ten', kind: 'ranking', value: 10 }],
    ['bringing 104.1', { text: '104.1-billion-yuan', kind: 'money', value: 104.1e9 }],
    ['exceeded 500', { text: '500', kind: 'count', value: 500, qualifier: 'more than' }],
    [
      'enterprises above the designated size grow by',
      { text: '6%', kind: 'percentage', qualifier: 'more than', direction: 'up', temporal: 'target', citation: 'II ¶2' },
    ],
    ['increase by over', { text: '5.5%', phrase: 'over 5.5%', value: 5.5, qualifier: 'more than', temporal: 'target' }],
    ['the R&D investment intensity reaches', { text: '3.55%', phrase: '3.55%', value: 3.55, qualifier: null, temporal: 'target' }],
    ['fiscal revenue grows by about', { text: '6%', qualifier: 'about', temporal: 'target' }],
    ['economy; 110,000', { text: '110,000 new jobs', kind: 'count', value: 110000, temporal: 'target' }],
    ['stands below', { text: '5%', phrase: 'below 5%', value: 5, qualifier: 'less than', temporal: 'target' }],
    [
      'Total investment will exceed',
      { text: '330 billion yuan', kind: 'money', value: 330e9, qualifier: 'more than', temporal: 'target', citation: 'II.4 ¶1' },
    ],
    ['attract over 50 projects each with', { text: '50 projects', kind: 'count', qualifier: 'more than', temporal: 'target' }],
    ['each with US$100', { text: 'US$100 million', kind: 'money', value: 100e6, unit: 'USD', temporal: 'target' }],
    ['foreign investment of US$ three', { text: 'US$ three billion', kind: 'money', value: 3e9, unit: 'USD', temporal: 'target' }],
    [
      'finish constructing more than 35',
      { text: '35 such courtyards', kind: 'count', value: 35, unit: 'courtyards', qualifier: 'more than', temporal: 'target' },
    ],
    ['supply approximately', { text: '2,333 hectares', kind: 'count', value: 2333, qualifier: 'about', temporal: 'target' }],
    [
      'digital economy will increase by',
      { text: '7%', kind: 'percentage', value: 7, direction: 'up', temporal: 'target', citation: 'II.2 ¶3' },
    ],
    ['50,000 more skilled', { text: '50,000 more skilled personnel', kind: 'count', unit: 'personnel', temporal: 'target' }],
  ];
  it.each(table)('after "%s"', (fragment, expected) => {
    expect(figureAfter(fragment)).toMatchObject(expected);
  });

  it('reads years, dates, ordinal names and named programmes as no figures', () => {
    expect(figures.filter((f) => f.sectionPath === '')).toEqual([]); // preamble: release date, session names
    expect(figures.filter((f) => /^(?:19|20)\d\d$/.test(f.text) || /No\.|Grade|National Congress/.test(f.text))).toEqual([]);
    // "In 2023", "the Party’s 20th National Congress", "Ten Major Projects", three "No. 1 Projects", "third session".
    expect(figures.filter((f) => f.citation === 'I ¶1' || f.citation === 'II ¶1')).toEqual([]);
    expect(figureAfter('No. 1 Development Project').text).toBe('7%');
    expect(figureAfter('Bus No. 101').text).toBe('16 more provincial-level model zones');
  });

  it('produces valid figures whose offsets point at their text, in reading order', () => {
    const byId = new Map(paragraphs.map((p) => [p.id, p]));
    const order = new Map(paragraphs.map((p, i) => [p.id, i]));
    let last = [-1, -1];
    for (const f of figures) {
      expect(FigureSchema.parse(f)).toEqual(f);
      expect(byId.get(f.paragraphId)?.text.slice(f.start, f.end)).toBe(f.text);
      expect(f.sentence).toContain(f.text);
      const pos = [order.get(f.paragraphId) ?? -1, f.start];
      expect(pos[0]! > last[0]! || (pos[0] === last[0] && pos[1]! > last[1]!)).toBe(true);
      last = pos;
    }
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
  });

  it('finds about the expected number of figures of each kind and temporal class', () => {
    const count = (pred: (f: Figure) => boolean) => figures.filter(pred).length;
    // Exact where checked against the text: 40 "%"/"percentage point", 26 currency amounts, 19 rankings, 4 "consecutive".
    expect(count((f) => f.kind === 'percentage')).toBe(40);
    expect(count((f) => f.kind === 'money')).toBe(26);
    expect(count((f) => f.kind === 'ranking')).toBe(19);
    expect(count((f) => f.kind === 'streak')).toBe(4);
    expect(count((f) => f.kind === 'count')).toBeGreaterThanOrEqual(55);
    expect(count((f) => f.kind === 'count')).toBeLessThanOrEqual(70);
    // Part I is all results; part II is targets except the closing "we have submitted … 12 projects".
    expect(count((f) => f.partLabel === 'I' && f.temporal !== 'result')).toBe(0);
    expect(count((f) => f.partLabel === 'II' && f.temporal === 'result')).toBeLessThanOrEqual(1);
    expect(count((f) => f.temporal === 'result')).toBeGreaterThanOrEqual(100);
    expect(count((f) => f.temporal === 'target')).toBeGreaterThanOrEqual(35);
    expect(count((f) => f.temporal === 'unknown')).toBe(0);
  });
});
