import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../report/parse-report';
import { compareTargets, type IndicatorComparison } from './consistency';

const doc = (documentId: string, name: string) => ({
  documentId,
  outline: parseReport(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')),
});
/** A comparison as a deputy reads it: the indicator, each document's target as written, and the flag. */
const line = (c: IndicatorComparison) => [c.indicator, c.statements.map((s) => `${s.documentId}: ${s.text}`), c.consistent];

describe("one year's targets across the session's documents", () => {
  it('sets the work report’s 2024 targets beside the plan report’s and flags the GDP target that differs (English)', () => {
    const comparisons = compareTargets([doc('work', 'work-report-2024.en.txt'), doc('plan', 'plan-report-2024.en.txt')]);
    expect(comparisons.map(line)).toEqual([
      ['gdp', ['work: around 5.5%', 'plan: 5%'], false],
      ['fixedAssetInvestment', ['work: more than 5%', 'plan: more than 5%'], true],
      ['cpi', ['work: about 3%', 'plan: about 3%'], true],
    ]);
    // Each side cites its own document's targets paragraph.
    expect(comparisons[0]!.statements.map((s) => s.citation)).toEqual(['II ¶1', 'II ¶1']);
    // The plan report's 2023 results ("6.3%", "3.2%") are not targets.
    expect(comparisons.flatMap((c) => c.statements.map((s) => s.text))).not.toContain('6.3%');
  });

  it('does the same in Chinese (地区生产总值增长5.5%左右 against 5%)', () => {
    const comparisons = compareTargets([doc('work', 'work-report-2024.zh.txt'), doc('plan', 'plan-report-2024.zh.txt')]);
    expect(comparisons.map(line)).toEqual([
      ['gdp', ['work: 5.5%左右', 'plan: 5%'], false],
      ['fixedAssetInvestment', ['work: 5%以上', 'plan: 5%以上'], true],
      ['cpi', ['work: 3%左右', 'plan: 3%左右'], true],
    ]);
  });

  it('compares nothing for an indicator only one document sets, or a single document', () => {
    expect(compareTargets([doc('work', 'work-report-2024.en.txt')])).toEqual([]);
    const comparisons = compareTargets([doc('work', 'work-report-2024.en.txt'), doc('plan', 'plan-report-2024.en.txt')]);
    expect(comparisons.map((c) => c.indicator)).not.toContain('newUrbanJobs');
  });
});
