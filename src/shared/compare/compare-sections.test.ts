import { describe, expect, it } from 'vitest';
import { parseReport } from '../report/parse-report';
import { compareSections } from './compare-sections';

const LAST_YEAR = `政府工作报告

一、2022年工作回顾

（一）着力稳定经济增长。

全年地区生产总值增长5.8%，一般公共预算收入稳步增长。

（二）着力改善民生。

每个乡镇都建成了标准化卫生院，群众就医更加方便。

二、2023年主要任务

（一）加快建设现代化产业体系。

地区生产总值增长6%左右，城镇新增就业六万人。
`;

const THIS_YEAR = `政府工作报告

一、2023年工作回顾

（一）着力稳定经济增长。

全年地区生产总值增长6.3%，一般公共预算收入稳步增长。

（二）着力推进城乡融合。

建成城乡公交一体化线路二十条，农村客运实现全覆盖。

二、2024年主要任务

（一）加快建设现代化产业体系。

地区生产总值增长6%左右，城镇新增就业六万人。
`;

describe('compareSections', () => {
  it('pairs the sections of last year’s and this year’s report by heading (years ignored) and says what is only in one', () => {
    const pairs = compareSections(parseReport(LAST_YEAR), parseReport(THIS_YEAR));
    // The opening (no heading) first, then the items.
    expect(pairs.map((p) => [p.kind, p.old?.heading ?? null, p.new?.heading ?? null])).toEqual([
      ['paired', '', ''],
      ['paired', '着力稳定经济增长。', '着力稳定经济增长。'],
      ['only-old', '着力改善民生。', null],
      ['only-new', null, '着力推进城乡融合。'],
      ['paired', '加快建设现代化产业体系。', '加快建设现代化产业体系。'],
    ]);
    expect(pairs[1]!.similarity).toBeGreaterThan(0.8);
    expect(pairs[1]!.similarity).toBeLessThan(1);
    expect(pairs[4]!.similarity).toBe(1);
    expect(pairs.map((p) => (p.new ?? p.old)?.label)).toEqual(['', '一.(一)', '一.(二)', '一.(二)', '二.(一)']);
  });
});
