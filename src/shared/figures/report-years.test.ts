import { describe, expect, it } from 'vitest';
import { reportYears } from './report-years';

describe('reportYears: which year a report’s results and targets are for', () => {
  it.each([
    // A work report is given early in the year it plans: results are for the year before.
    ['Report on the Work of the Jiaxing Municipal Government (2024)', { result: 2023, target: 2024 }],
    ['2024年嘉兴市政府工作报告', { result: 2023, target: 2024 }],
    // Plan and budget reports name both years: the execution year and the draft year.
    ['关于嘉兴市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告', { result: 2023, target: 2024 }],
    ['关于嘉兴市2023年全市和市级预算执行情况及2024年全市和市级预算草案的报告', { result: 2023, target: 2024 }],
    [
      'Report on the Implementation of the 2023 Plan for National Economic and Social Development and on the 2024 Draft Plan',
      { result: 2023, target: 2024 },
    ],
    [
      'Report on the Execution of the Central and Local Budgets for 2023 and on the Draft Central and Local Budgets for 2024',
      { result: 2023, target: 2024 },
    ],
    // Only the execution year named: its results, the next year's targets.
    ['关于2023年预算执行情况的报告', { result: 2023, target: 2024 }],
    ['Report on the Implementation of the 2023 Plan', { result: 2023, target: 2024 }],
    ['Budget report', { result: null, target: null }],
  ])('%s', (title, years) => {
    expect(reportYears(title)).toEqual(years);
  });
});
