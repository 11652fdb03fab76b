import { describe, expect, it } from 'vitest';
import { parseReport } from './parse-report';

const TEXT = [
  'Budget Report',
  '',
  'I. Review of 2023',
  '',
  'Revenue rose by 5%.',
  '',
  'Spending on education',
  '',
  'Education spending rose by 8%.',
  '',
  '1. We kept the deficit low. It fell to 2%.',
  '',
  'II. Tasks for 2024',
  '',
  'We will keep spending steady.',
].join('\n');

const shape = (text: string, overrides?: Parameters<typeof parseReport>[1]) =>
  parseReport(text, overrides).sections.map((s) => [
    s.label,
    s.heading,
    s.children.map((c) => [c.label, c.heading, c.paragraphs.map((p) => p.text)]),
  ]);

describe('heading overrides (the deputy corrects detection)', () => {
  it('promotes a paragraph to an item heading under the current part', () => {
    const sections = shape(TEXT, { overrides: { promote: [{ text: 'Spending on education', level: 2 }] } });
    expect(sections[1]).toEqual([
      'I',
      'Review of 2023',
      [
        [null, 'Spending on education', ['Education spending rose by 8%.']],
        ['1', 'We kept the deficit low.', ['It fell to 2%.']],
      ],
    ]);
  });

  it('promotes a paragraph to a part heading', () => {
    const labels = parseReport(TEXT, { overrides: { promote: [{ text: 'Spending on education', level: 1 }] } }).sections.map(
      (s) => s.heading,
    );
    expect(labels).toEqual(['', 'Review of 2023', 'Spending on education', 'Tasks for 2024']);
  });

  it('demotes a detected heading, by the heading as shown, to an ordinary paragraph', () => {
    const sections = parseReport(TEXT, { overrides: { demote: ['We kept the deficit low.'] } }).sections;
    expect(sections[1]?.children).toEqual([]);
    expect(sections[1]?.paragraphs.map((p) => p.text)).toContain('1. We kept the deficit low. It fell to 2%.');
  });

  it('changes nothing without overrides, and ignores overrides that match no line', () => {
    expect(shape(TEXT, { overrides: { promote: [{ text: 'not in the text', level: 1 }], demote: ['nor this'] } })).toEqual(shape(TEXT));
  });
});

/** A plan report: three parts with two （一）（二） items each. */
const ZH = [
  '关于2024年计划的报告',
  '一、2023年工作回顾',
  '过去一年，全市经济稳中向好。',
  '（一）经济运行稳中有进',
  '地区生产总值增长6.3%。',
  '（二）改革开放不断深化',
  '外贸进出口总额增长5%。',
  '二、2024年主要目标',
  '今年经济社会发展的主要预期目标是：',
  '（一）扩大有效投资',
  '固定资产投资增长5%左右。',
  '（二）促进消费',
  '社会消费品零售总额增长6%。',
  '三、保障措施',
  '我们要团结奋斗。',
  '（一）加强组织领导',
  '落实各项工作任务。',
  '（二）强化督查考核',
  '确保各项任务完成。',
].join('\n\n');

function counts(overrides: Parameters<typeof parseReport>[1]) {
  const out = { parts: 0, items: 0, paragraphs: 0 };
  const walk = (list: ReturnType<typeof parseReport>['sections']) => {
    for (const s of list) {
      if (s.heading !== '' || s.label !== null) out[s.level <= 1 ? 'parts' : 'items'] += 1;
      out.paragraphs += s.paragraphs.length;
      walk(s.children);
    }
  };
  walk(parseReport(ZH, overrides).sections);
  return out;
}
const headings = (overrides?: Parameters<typeof parseReport>[1]) => {
  const out: string[] = [];
  const walk = (list: ReturnType<typeof parseReport>['sections'], prefix: string) => {
    for (const s of list) {
      if (s.heading === '') continue;
      out.push(`${prefix}${s.label ?? ''}${s.heading}`);
      walk(s.children, `${prefix}  `);
    }
  };
  walk(parseReport(ZH, overrides).sections, '');
  return out;
};

describe('a correction changes only the line it names', () => {
  it('demoting a part keeps the later parts and every item', () => {
    expect(counts({})).toEqual({ parts: 3, items: 6, paragraphs: 10 });
    expect(counts({ overrides: { demote: ['2024年主要目标'] } })).toEqual({ parts: 2, items: 6, paragraphs: 11 });
    expect(headings({ overrides: { demote: ['2024年主要目标'] } })).toEqual(headings().filter((h) => h !== '二2024年主要目标'));
  });

  it('the demoted line and the text after it read in place, as paragraphs of the part before', () => {
    const partOne = parseReport(ZH, { overrides: { demote: ['2024年主要目标'] } }).sections.find((s) => s.label === '一');
    const texts = (partOne?.children ?? []).map((c) => [c.label, c.heading, c.paragraphs.map((p) => `${p.citation} ${p.text}`)]);
    expect(texts).toEqual([
      ['（一）', '经济运行稳中有进', ['一.(一) ¶1 地区生产总值增长6.3%。']],
      ['（二）', '改革开放不断深化', ['一.(二) ¶1 外贸进出口总额增长5%。']],
      [null, '', ['一 ¶2 二、2024年主要目标', '一 ¶3 今年经济社会发展的主要预期目标是：']],
      ['（一）', '扩大有效投资', ['一.(一) ¶1 固定资产投资增长5%左右。']],
      ['（二）', '促进消费', ['一.(二) ¶1 社会消费品零售总额增长6%。']],
    ]);
  });

  it('demoting an item keeps the next item', () => {
    expect(counts({ overrides: { demote: ['扩大有效投资'] } })).toEqual({ parts: 3, items: 5, paragraphs: 11 });
    expect(counts({ overrides: { demote: ['经济运行稳中有进'] } })).toEqual({ parts: 3, items: 5, paragraphs: 11 });
    const partOne = parseReport(ZH, { overrides: { demote: ['经济运行稳中有进'] } }).sections.find((s) => s.label === '一');
    expect(partOne?.paragraphs.map((p) => p.text)).toEqual([
      '过去一年，全市经济稳中向好。',
      '（一）经济运行稳中有进',
      '地区生产总值增长6.3%。',
    ]);
    expect(partOne?.children.map((c) => c.label)).toEqual(['（二）']);
  });

  it('promoting the demoted line back restores the detected outline', () => {
    const detected = JSON.stringify(parseReport(ZH).sections);
    expect(JSON.stringify(parseReport(ZH, { overrides: { promote: [{ text: '二、2024年主要目标', level: 1 }] } }).sections)).toBe(detected);
    expect(JSON.stringify(parseReport(ZH, { overrides: { promote: [{ text: '（二）促进消费', level: 2 }] } }).sections)).toBe(detected);
  });
});
