import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../report/parse-report';
import { pairTargets, type TargetPairing } from './pair-targets';

const fixture = (name: string) => parseReport(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));
/** One row as a deputy reads it: indicator, target as written, result as written, verdict. */
const row = (p: TargetPairing) => [p.indicator, p.target.text, p.result?.text ?? null, p.verdict];

describe("targets and results: last year's targets against this year's reported results", () => {
  it('pairs 15 English targets by indicator: 12 reported (one missed, one exceeded, ceilings met, one reworded), 3 not reported', () => {
    const rows = pairTargets(fixture('work-report-2023.en.txt'), fixture('work-report-2024.en.txt'));
    expect(rows.map(row)).toEqual([
      ['gdp', 'around 6%', '6.3%', 'met'],
      ['industrialAddedValue', 'more than 6.5%', '5.1%', 'missed'],
      ['serviceAddedValue', 'more than 6%', '6.2%', 'met'],
      ['fixedAssetInvestment', 'more than 7%', null, 'not reported'],
      ['retailSales', 'over 6%', '6.1%', 'met'],
      ['rdIntensity', '3.5%', '3.9%', 'exceeded'],
      // Reworded: "fiscal revenue" last year, "general public budget revenue" this year.
      ['fiscalRevenue', 'about 6%', '6.2%', 'met'],
      ['newUrbanJobs', '100,000 new urban jobs', '102,000 new urban jobs', 'met'],
      // Ceilings: "CPI around 3%" is met by 0.4%, "below 5%" by 4.6%.
      ['cpi', 'about 3%', '0.4%', 'met'],
      ['unemployment', 'below 5%', '4.6%', 'met'],
      ['energyIntensity', '3%', null, 'not reported'],
      // The livelihood projects: no lexicon name, paired by their own words.
      [null, '3,500 childcare places', '3,600 childcare places', 'met'],
      [null, '30 new primary and secondary schools', '31 new primary and secondary schools', 'met'],
      [null, '120 old residential communities', '125 old residential communities', 'met'],
      [null, '600 elevators', null, 'not reported'],
    ]);
    const missed = rows.find((r) => r.indicator === 'industrialAddedValue')!;
    expect(missed.shortfall).toBeCloseTo(1.4, 5);
    expect(missed.target.bound).toBe('at least');
    expect(rows.find((r) => r.indicator === 'cpi')!.target.bound).toBe('at most');
    // Each side cites its own report's paragraph.
    expect(missed.target.citation).toBe('II ¶1');
    expect(missed.result!.citation).toBe('I ¶1');
  });

  it('pairs the same targets in Chinese (一般公共预算收入 last year, 财政收入 this year)', () => {
    const rows = pairTargets(fixture('work-report-2023.zh.txt'), fixture('work-report-2024.zh.txt'));
    const verdicts = Object.fromEntries(
      rows.filter((r) => r.indicator).map((r) => [r.indicator, [r.target.text, r.result?.text ?? null, r.verdict]]),
    );
    expect(verdicts).toEqual({
      gdp: ['6%左右', '6.3%', 'met'],
      industrialAddedValue: ['6.5%以上', '5.1%', 'missed'],
      serviceAddedValue: ['6%以上', '6.2%', 'met'],
      fixedAssetInvestment: ['7%以上', null, 'not reported'],
      retailSales: ['6%以上', '6.1%', 'met'],
      rdIntensity: ['3.5%', '3.9%', 'exceeded'],
      fiscalRevenue: ['6%左右', '6.2%', 'met'],
      newUrbanJobs: ['10万人', '10.2万人', 'met'],
      cpi: ['3%左右', '0.4%', 'met'],
      unemployment: ['5%以内', '4.6%', 'met'],
      energyIntensity: ['3%', null, 'not reported'],
    });
    const projects = rows.filter((r) => !r.indicator).map((r) => [r.target.text, r.result?.text ?? null, r.verdict]);
    expect(projects).toEqual([
      ['3500个', '3600个', 'met'],
      ['30所', '31所', 'met'],
      ['120个', '125个', 'met'],
      ['600台', null, 'not reported'],
    ]);
  });

  it("never takes this year's own targets for results", () => {
    const rows = pairTargets(fixture('work-report-2023.en.txt'), fixture('work-report-2024.en.txt'));
    expect(rows.map((r) => r.result?.text)).not.toContain('around 5.5%');
    expect(rows.find((r) => r.indicator === 'fixedAssetInvestment')!.result).toBeNull();
  });
});

describe("the bundled report's 2024 targets against a 2024-results text", () => {
  it('judges each projected development target of the Jiaxing 2024 report', () => {
    const bundled = parseReport(
      readFileSync(join(import.meta.dirname, '../../../resources/reports/jiaxing-2024-government-work-report.en.txt'), 'utf8'),
    );
    const rows = pairTargets(bundled, fixture('work-report-2025-review.en.txt')).filter((r) => r.indicator !== null);
    expect(rows.slice(0, 10).map((r) => [r.indicator, r.target.text, r.result?.text ?? null, r.verdict, r.shortfall])).toEqual([
      ['gdp', 'around 6%', '5.8%', 'met', null],
      ['industrialAddedValue', 'more than 6%', '8.1%', 'exceeded', null],
      ['serviceAddedValue', 'more than 6%', '5.2%', 'missed', 0.8],
      ['fixedAssetInvestment', 'more than 6%', null, 'not reported', null],
      ['retailSales', 'over 5.5%', '5.6%', 'met', null],
      ['rdIntensity', '3.55%', '3.6%', 'met', null],
      ['fiscalRevenue', 'about 6%', '2.1%', 'missed', 3.9],
      ['newUrbanJobs', '110,000 new jobs', '118,000 new urban jobs', 'exceeded', null],
      ['cpi', 'about 3%', '0.2%', 'met', null],
      ['unemployment', 'below 5%', '4.9%', 'met', null],
    ]);
    // Every target row cites the bundled report's targets paragraph.
    expect(new Set(rows.slice(0, 10).map((r) => r.target.paragraphId)).size).toBe(1);
  });
});
