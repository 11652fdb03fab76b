import { describe, expect, it } from 'vitest';
import { parseAmount, parseCompletion } from './candidate-fields';
import { parseCandidateList, type CandidateProblemCode } from './parse-candidates';

type Parsed = { name: string; description: string; investment: number | null; completion: string };
/** The candidate a line must read as. */
const read = (name: string, description: string, investment: number | null, completion: string): Parsed => ({
  name,
  description,
  investment,
  completion,
});

/** Lines as they come out of Word, Excel, WeChat and PDF copies of a livelihood-projects list. */
const LINES: [string, Parsed | CandidateProblemCode][] = [
  [
    '1.\t城乡公交一体化工程\t新增公交线路20条，更新新能源公交车100辆\t1200\t2024年12月',
    read('城乡公交一体化工程', '新增公交线路20条，更新新能源公交车100辆', 1200, '2024-12'),
  ],
  ['2、老旧小区改造，改造小区36个，0.12亿元，2024年底', read('老旧小区改造', '改造小区36个', 1200, '2024-12')],
  ['（3）养老服务提升：新建街道养老服务中心5家；800万元；2024-10', read('养老服务提升', '新建街道养老服务中心5家', 800, '2024-10')],
  ['(4) 农村饮用水达标提标, 惠及群众3万人, 1,200, 2024年上半年', read('农村饮用水达标提标', '惠及群众3万人', 1200, '2024-06')],
  ['⑤ 中小学食堂“阳光厨房”改造、覆盖学校120所、1,200万元、2024年9月', read('中小学食堂“阳光厨房”改造', '覆盖学校120所', 1200, '2024-09')],
  ['6. 公共自行车扩面  新增站点200个  350万元  2024年9月底前完成', read('公共自行车扩面', '新增站点200个', 350, '2024-09')],
  ['七、婴幼儿照护服务，新增托位1000个，总投资：2500万元，完成时间：2024年12月', read('婴幼儿照护服务', '新增托位1000个', 2500, '2024-12')],
  ['8、背街小巷整治 600万元 2024年底', read('背街小巷整治', '', 600, '2024-12')],
  ['９．社区食堂建设，新建社区食堂３０家，８００万元，２０２４年１０月', read('社区食堂建设', '新建社区食堂30家', 800, '2024-10')],
  [
    '10、2024年城乡公交提升工程，投资建设新能源公交站，2,000万元，2025年6月',
    read('2024年城乡公交提升工程', '投资建设新能源公交站', 2000, '2025-06'),
  ],
  [
    '1. Rural road upgrade, 120 km of village roads, 1,200, Dec 2024',
    read('Rural road upgrade', '120 km of village roads', 1200, '2024-12'),
  ],
  [
    '2) Elderly canteens: 30 new community canteens; RMB 8 million; by end of 2024',
    read('Elderly canteens', '30 new community canteens', 800, '2024-12'),
  ],
  ['No. 3 Public toilets\t120 renovated\t300\t2024-12', read('Public toilets', '120 renovated', 300, '2024-12')],
  ['- Night school for seniors | 40 classes | 95.5 | 2024/11/30', read('Night school for seniors', '40 classes', 95.5, '2024-11-30')],
  ['(5) Flood barriers, Investment: 1.5 亿元, Completion: 2025', read('Flood barriers', '', 15000, '2025')],
  ['Street lighting', read('Street lighting', '', null, '')],
  // Lines that must come back unparsed, with their reason.
  ['序号\t项目名称\t建设内容\t总投资（万元）\t完成时间', 'looksLikeHeader'],
  ['11、智慧停车建设，新增停车泊位2000个，投资一千二百万元，2024年底', 'investmentNotNumber'],
  ['(6) Flood control works\tRiver embankments, 12 km\tTBD yuan\t2025-06', 'investmentNotNumber'],
  ['12、背街小巷整治二期，整治小巷50条，600万元，明年底', 'completionNotDate'],
  ['13、口袋公园，新建口袋公园10个，500万元，2024年13月', 'completionNotDate'],
  ['1200万元，2024年底', 'noName'],
  ['（14）', 'noName'],
  [`15. ${'很长的项目名称'.repeat(40)}，100万元`, 'nameTooLong'],
];

describe('parseCandidateList on messy pasted lists', () => {
  it.each(LINES)('%s', (line, expected) => {
    const result = parseCandidateList(line);
    if (typeof expected === 'string') {
      expect(result.candidates).toEqual([]);
      expect(result.unparsed).toEqual([expect.objectContaining({ line: 1, text: line, code: expected, message: expect.any(String) })]);
    } else {
      expect(result.unparsed).toEqual([]);
      expect(result.candidates).toEqual([{ ...expected, line: 1 }]);
    }
  });

  it('reads a whole list: blank lines skipped, every other line a candidate or unparsed with its line number', () => {
    const text = LINES.map(([line]) => line).join('\n\n');
    const result = parseCandidateList(text);
    const wanted = LINES.filter(([, expected]) => typeof expected !== 'string').length;
    expect(result.candidates).toHaveLength(wanted);
    expect(result.candidates.length + result.unparsed.length).toBe(LINES.length);
    expect(result.unparsed.map((u) => u.line)).toEqual(result.unparsed.map((u) => LINES.findIndex(([line]) => line === u.text) * 2 + 1));
  });

  it('reports a repeated name, on the list or already on the ballot, as a duplicate naming it', () => {
    const result = parseCandidateList('城乡公交，100\r\n老旧小区改造，200\r\n城乡公交，300', { existingNames: ['老旧小区改造'] });
    expect(result.candidates.map((c) => c.name)).toEqual(['城乡公交']);
    expect(result.unparsed).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'duplicateName',
        field: '老旧小区改造',
        message: 'a candidate named "老旧小区改造" is already on the ballot',
      }),
      expect.objectContaining({ line: 3, code: 'duplicateName', field: '城乡公交' }),
    ]);
  });

  it('stops at the ballot size and keeps the rest as unparsed', () => {
    const text = Array.from({ length: 5 }, (_, i) => `Project ${i + 1}, ${i + 1}00`).join('\n');
    const result = parseCandidateList(text, { room: 3 });
    expect(result.candidates).toHaveLength(3);
    expect(result.unparsed.map((u) => [u.line, u.code])).toEqual([
      [4, 'tooManyCandidates'],
      [5, 'tooManyCandidates'],
    ]);
  });
});

describe('candidate fields', () => {
  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    ['1200万元', 1200],
    ['1200 万', 1200],
    ['0.12亿元', 1200],
    ['约0.5亿元', 5000],
    ['¥800万', 800],
    ['RMB 12 million', 1200],
    ['3,000,000元', 300],
    ['总投资1200万元', 1200],
  ])('amount %s → %d 万元', (text, value) => {
    expect(parseAmount(text)).toEqual({ kind: 'amount', value });
  });

  it.each(['一千二百万元', 'TBD yuan', '1.2.3万元', '¥约千万'])('amount %s is not a number', (text) => {
    expect(parseAmount(text)).toEqual({ kind: 'notNumber' });
  });

  it.each(['新增床位500张', '投资建设养老中心', '120 km', '2024年12月'])('%s is not an amount', (text) => {
    expect(parseAmount(text)).toEqual({ kind: 'other' });
  });

  it.each([
    ['2024年12月', '2024-12'],
    ['2024-12', '2024-12'],
    ['2024年底', '2024-12'],
    ['2024年底前完成', '2024-12'],
    ['2024年上半年', '2024-06'],
    ['2024年第三季度', '2024-09'],
    ['2024年6月30日', '2024-06-30'],
    ['2024.6', '2024-06'],
    ['2024年', '2024'],
    ['完成时间：2025年3月', '2025-03'],
    ['December 2024', '2024-12'],
    ['by end of 2025', '2025-12'],
    ['mid-2024', '2024-06'],
    ['Q3 2024', '2024-09'],
  ])('date %s → %s', (text, value) => {
    expect(parseCompletion(text)).toEqual({ kind: 'date', value, bare: false });
  });

  it.each(['2024年13月', '明年底', '年底', '2024-00', 'TBD'])('date %s is not a date', (text) => {
    expect(parseCompletion(text)).toEqual({ kind: 'notDate' });
  });

  it('treats a lone year as a date only when nothing else claims it', () => {
    expect(parseCompletion('2024')).toEqual({ kind: 'date', value: '2024', bare: true });
    expect(parseCandidateList('Bus shelters, 2024').candidates[0]).toMatchObject({ investment: 2024, completion: '' });
    expect(parseCandidateList('Bus shelters, 300, 2024').candidates[0]).toMatchObject({ investment: 300, completion: '2024' });
  });
});
