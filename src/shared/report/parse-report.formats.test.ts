import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BODY, citations, parse, shape } from './outline-test-support';

describe('parseReport: unnumbered part headings', () => {
  const text = [
    'Report on the Work of the Government',
    'Delivered at the Third Session of the Twelfth National People’s Congress',
    'Premier Li',
    'Fellow Deputies,',
    'On behalf of the State Council, I will now report to you on the work of the government.',
    'Review of Work in 2014',
    'Over the past year, the economy performed within a proper range.',
    '1. We kept growth steady. Growth reached 7.4 percent.',
    '2. We deepened reform. Reforms were carried out in many areas.',
    '   Main tasks for 2015:',
    'Our overall requirements for the government’s work this year are as follows.',
    'We did the following:',
    '1. Make progress. Details here.',
  ].join('\n');

  it('turns short standalone lines followed by running text into level-1 sections', () => {
    const outline = parse(text);
    expect(outline.title).toBe('Report on the Work of the Government');
    expect(outline.sections.map((s) => [s.label, s.heading, s.level])).toEqual([
      [null, '', 1],
      [null, 'Review of Work in 2014', 1],
      [null, 'Main tasks for 2015:', 1],
    ]);
    expect(outline.sections[0]?.paragraphs).toHaveLength(5);
    expect(outline.sections[1]?.children.map((c) => [c.label, c.heading, c.level])).toEqual([
      ['1', 'We kept growth steady.', 2],
      ['2', 'We deepened reform.', 2],
    ]);
    // "We did the following:" introduces a list: not a heading (colon line followed by an item).
    expect(outline.sections[2]?.paragraphs.map((p) => p.text)).toEqual([
      'Our overall requirements for the government’s work this year are as follows.',
      'We did the following:',
    ]);
    expect(outline.sections[2]?.children.map((c) => c.label)).toEqual(['1']);
    expect(citations(outline.sections).slice(5, 8)).toEqual(['§1 ¶1', '§1.1 ¶1', '§1.2 ¶1']);
  });

  it('does not look for unnumbered headings when the report has numbered parts', () => {
    const outline = parse(['Title', 'Short Line', BODY, 'I. Review', 'Another Short Line', BODY].join('\n'));
    expect(outline.sections.map((s) => s.heading)).toEqual(['', 'Review']);
  });
});

describe('parseReport: an unnumbered heading ending with a colon, followed by numbered items', () => {
  const partsAndItems = (text: string) =>
    parse(text)
      .sections.filter((s) => s.heading !== '')
      .map((s) => [s.heading, s.children.map((c) => `${c.label ?? ''} ${c.heading}`)]);

  it.each([
    ['not indented', ''],
    ['indented', '    '],
  ])('English, %s: "Major tasks for 2024:" opens a part with the items under it', (_, indent) => {
    const text = [
      'Report on the Work of the Government',
      'Review of Work in 2023',
      'Over the past year, the economy performed within a proper range.',
      '1. We kept growth steady. Growth reached 5.2 percent.',
      '2. We deepened reform. Reforms were carried out in many areas.',
      `${indent}Major tasks for 2024:`,
      '1. Expand domestic demand. Investment will grow by 5 percent.',
      '2. Support small businesses. Tax relief will total 2 billion yuan.',
    ].join('\n');
    expect(partsAndItems(text)).toEqual([
      ['Review of Work in 2023', ['1 We kept growth steady.', '2 We deepened reform.']],
      ['Major tasks for 2024:', ['1 Expand domestic demand.', '2 Support small businesses.']],
    ]);
  });

  it.each([
    ['not indented', ''],
    ['indented', '\u3000\u3000'],
  ])('Chinese, %s: "主要任务：" opens a part with the 1、 items under it', (_, indent) => {
    const text = [
      '2024年政府工作报告',
      '工作回顾',
      '过去一年，全市经济运行稳中向好，主要指标好于预期。',
      '1、经济增长较快。全年地区生产总值增长6.3%。',
      '2、改革不断深化。营商环境持续优化。',
      `${indent}主要任务：`,
      '1、扩大有效投资。实施重大项目200个。',
      '2、促进消费升级。社会消费品零售总额增长6%。',
    ].join('\n');
    expect(partsAndItems(text)).toEqual([
      ['工作回顾', ['1 经济增长较快。', '2 改革不断深化。']],
      ['主要任务：', ['1 扩大有效投资。', '2 促进消费升级。']],
    ]);
  });

  it('a sentence that introduces a list stays a paragraph ("We did the following:", "我们重点做了以下工作：")', () => {
    const en = [
      'Title',
      'Review of Work in 2023',
      BODY,
      'We did the following:',
      '1. Make progress. Details here.',
      'The main tasks are:',
      '2. Keep going. Details here.',
    ].join('\n');
    expect(partsAndItems(en)).toEqual([['Review of Work in 2023', ['1 Make progress.', '2 Keep going.']]]);
    const zh = [
      '标题',
      '工作回顾',
      '过去一年，全市经济运行稳中向好，主要指标好于预期。',
      '我们重点做了以下工作：',
      '1、经济增长较快。全年增长6.3%。',
    ].join('\n');
    expect(partsAndItems(zh)).toEqual([['工作回顾', ['1 经济增长较快。']]]);
  });
});

describe('parseReport: Chinese reports', () => {
  const text = readFileSync(new URL('./fixtures/zh-government-report.txt', import.meta.url), 'utf8');
  const outline = parse(text, 'zh');

  it('reads 一、 parts, （一） sub-items, 1、 items and （1） sub-items', () => {
    expect(outline.title).toBe('政府工作报告');
    expect(outline.sections.map((s) => [s.label, s.heading, s.level])).toEqual([
      [null, '', 1],
      ['一', '2023年工作回顾', 1],
      ['二', '2024年主要任务', 1],
      ['三', '加强政府自身建设', 1],
    ]);
    const partOne = outline.sections[1];
    expect(partOne?.children.map((c) => [c.label, c.heading, c.level])).toEqual([
      ['（一）', '着力稳定经济增长。', 2],
      ['（二）', '着力推动改革开放。', 2],
      [null, '', 2],
    ]);
    const sub = partOne?.children[1];
    expect(sub?.children.map((c) => [c.label, c.heading, c.level])).toEqual([
      ['1', '深化重点领域改革。', 3],
      ['2', '扩大高水平对外开放。', 3],
      ['3', '优化营商环境。', 3],
    ]);
    expect(sub?.children[1]?.children.map((c) => [c.label, c.heading, c.level])).toEqual([
      ['（1）', '举办投资促进活动50场。', 4],
      ['（2）', '新引进世界500强企业3家。', 4],
    ]);
  });

  it('splits a Chinese heading and body at 。 and keeps —— bullets as paragraphs', () => {
    const item = outline.sections[1]?.children[0];
    expect(item?.paragraphs.map((p) => [p.citation, p.text])).toEqual([
      ['一.(一) ¶1', '全年地区生产总值增长6.3%，一般公共预算收入增长5.1%。'],
      ['一.(一) ¶2', '——出台稳经济一揽子政策，为企业减负超过100亿元。'],
      ['一.(一) ¶3', '——2.5亿元专项资金用于支持中小企业。'],
    ]);
  });

  it('closes all open items at a 各位代表 salutation', () => {
    const closing = outline.sections[1]?.children[2];
    expect(closing?.paragraphs.map((p) => [p.citation, p.text])).toEqual([
      ['一 ¶2', '各位代表！成绩来之不易。这是全市人民共同奋斗的结果。'],
    ]);
  });

  it('treats numbers at line start and out-of-sequence items as paragraphs', () => {
    const item = outline.sections[2]?.children[0];
    expect(item?.paragraphs.map((p) => p.text)).toEqual(['12.44万人参加职业技能培训。', '（三）跳号的行不是标题。']);
    expect(outline.sections[2]?.children.map((c) => c.label)).toEqual(['（一）', '（二）']);
  });
});

describe('parseReport: Markdown', () => {
  it('maps # and ## to levels 1 and 2, labels only numbered headings', () => {
    const text =
      '# Work Report\n\nIntro text.\n\n## 1. Growth\n\nWe grew.\n\n## Outlook\n\nWe will grow faster next year if the plan\nworks out as expected by everyone.';
    const outline = parse(text);
    expect(outline.title).toBe('Work Report');
    expect(shape(outline.sections)).toEqual([
      [
        null,
        'Work Report',
        1,
        ['Intro text.'],
        [
          ['1', 'Growth', 2, ['We grew.'], []],
          [null, 'Outlook', 2, ['We will grow faster next year if the plan works out as expected by everyone.'], []],
        ],
      ],
    ]);
    expect(citations(outline.sections)).toEqual(['§1 ¶1', '§1.1 ¶1', '§1.§2 ¶1']);
  });
});

describe('parseReport: layout', () => {
  it('handles CRLF, a BOM, NBSP and double spaces like LF text', () => {
    const lf = 'Title\n\nI. Review\n\nMayor\u00a0 \u00a0Li  Jun spoke.\n\n\n\n1. Item one. Body.';
    const crlf = `\ufeff${lf.replace(/\n/g, '\r\n')}`;
    expect(parse(crlf)).toEqual(parse(lf));
    expect(parse(lf).sections[1]?.paragraphs[0]?.text).toBe('Mayor Li Jun spoke.');
  });

  it('joins hard-wrapped paragraphs, including a wrapped numbered item', () => {
    const text = readFileSync(new URL('./fixtures/en-hard-wrapped.txt', import.meta.url), 'utf8');
    const outline = parse(text);
    expect(outline.title).toBe('Review of the Year');
    expect(outline.sections.map((s) => [s.label, s.heading])).toEqual([
      [null, ''],
      ['1', 'We kept growth steady.'],
    ]);
    expect(outline.sections[1]?.paragraphs.map((p) => p.text)).toEqual([
      'Output rose by 6 percent, and exports rose by 4 percent over the year.',
      '- a bullet line',
      '- another bullet line',
    ]);
  });

  it('parses a long report quickly (no quadratic behaviour)', () => {
    const part = Array.from({ length: 200 }, (_, i) => `${(i % 99) + 1}. Item heading. ${'Body text. '.repeat(50)}`);
    const text = ['Title', 'I. Part', ...part, `x${'.'.repeat(200_000)}`].join('\n\n');
    const outline = parse(text);
    // 99 items; the rejected restarts "1."… and the last line end up in the closing block.
    expect(outline.sections[1]?.children.map((c) => c.label).slice(-2)).toEqual(['99', null]);
    expect(outline.sections[1]?.children).toHaveLength(100);
  });
});
