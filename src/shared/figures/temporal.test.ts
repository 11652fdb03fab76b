import { describe, expect, it } from 'vitest';
import { classifySentence, introducesTargets, partPrior } from './temporal';

describe('partPrior', () => {
  it.each([
    ['A Review of Our Work in 2023', 'result'],
    ['The overall requirements for the government in 2024 go as follows:', 'target'],
    ['We will effectively strengthen government self-improvement.', 'target'],
    ['2023年工作回顾', 'result'],
    ['2024年主要目标任务', 'target'],
    ['Review of 2023 and tasks for 2024', 'unknown'],
    ['Fellow deputies', 'unknown'],
    // Plan and budget reports: execution of last year's plan, this year's draft and targets.
    ['2023年计划执行情况', 'result'],
    ['2023年预算完成情况', 'result'],
    ['Implementation of the 2023 Plan for National Economic and Social Development', 'result'],
    ['2024年计划草案', 'target'],
    ['2024年经济社会发展的主要目标', 'target'],
    ['2024年预期目标', 'target'],
    ['The 2024 Draft Plan', 'target'],
    ['2023年计划执行情况和2024年计划草案', 'unknown'],
  ] as const)('%s → %s', (heading, prior) => {
    expect(partPrior(heading)).toBe(prior);
  });
});

describe('classifySentence', () => {
  it.each([
    ['The fixed asset investment increased by 7.4%.', 'unknown', 'result'],
    ['Total investment will exceed 330 billion yuan.', 'result', 'target'],
    ['110,000 new jobs are to be created.', 'unknown', 'target'],
    ['We have submitted 12 projects.', 'target', 'result'],
    ['We strive for 50 projects by 2025.', 'unknown', 'target'],
    ['The rate stands at 5%.', 'target', 'target'],
    ['The rate stands at 5%.', 'unknown', 'unknown'],
    // The review's "realized the target that …" is past, not a target list.
    ['We realized the target that at least one family member was employed.', 'result', 'result'],
  ] as const)('%s (prior %s) → %s', (sentence, prior, expected) => {
    expect(classifySentence(sentence, prior, false)).toBe(expected);
  });

  it('makes every sentence of a targets block a target', () => {
    expect(classifySentence('Exports grew by 5%.', 'result', true)).toBe('target');
  });
});

describe('introducesTargets', () => {
  it.each([
    ['The main projected development targets this year go as follows: The GDP is around 6%', true],
    ['The goals for 2024 are as follows', true],
    ['主要预期目标：地区生产总值增长6%左右', true],
    ['We realized the target that at least one family member was employed.', false],
    ['圆满完成主要目标任务。', false],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(introducesTargets(sentence)).toBe(expected);
  });
});
