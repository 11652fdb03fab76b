import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../report/parse-report';
import { correctedTable, resultChoices } from './apply-corrections';
import type { TargetCorrection } from './target-correction';

const text = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const LAST_EN = text('work-report-2023.en.txt');
const THIS_EN = text('work-report-2024.en.txt');
const INDUSTRY =
  'The added value of the industrial enterprises above the designated size grew by 5.1%, and the added value of the service sector grew by 6.2%.';

/** A correction as the service stores it, for the row of the target written `targetText`. */
function correctionOf(lastYear: string, targetText: string, change: Pick<TargetCorrection, 'result' | 'verdict'>): TargetCorrection {
  const row = correctedTable(parseReport(lastYear), parseReport(THIS_EN), []).rows.find((r) => r.target.text === targetText);
  if (!row) throw new Error(`no target "${targetText}" in the fixture`);
  const { text: t, sentence, citation } = row.target;
  return {
    id: `c-${targetText}`,
    lastYearId: 'last',
    thisYearId: 'this',
    target: { text: t, sentence, citation, indicator: row.indicator },
    ...change,
    updatedAt: '2026-12-02T03:00:00.000Z',
  };
}

describe('the deputy’s corrections of the targets table', () => {
  it('another result re-judges the row; "not reported" and a verdict replace the app’s; the app’s own answer is kept beside', () => {
    const choices = resultChoices(parseReport(THIS_EN));
    const service = choices.find((f) => f.text === '6.2%' && f.sentence === INDUSTRY);
    expect(service).toBeDefined();
    // Every choice is a result: this year's own 2024 targets are not offered.
    expect(choices.map((c) => c.text)).not.toContain('around 5.5%');
    const corrections = [
      correctionOf(LAST_EN, 'more than 6.5%', {
        result: { kind: 'figure', figure: { text: '6.2%', sentence: INDUSTRY, citation: 'I ¶1' } },
        verdict: null,
      }),
      correctionOf(LAST_EN, 'around 6%', { result: { kind: 'not reported' }, verdict: null }),
      correctionOf(LAST_EN, 'over 6%', { result: null, verdict: 'unclear' }),
    ];
    const { rows, stale } = correctedTable(parseReport(LAST_EN), parseReport(THIS_EN), corrections);
    expect(stale).toEqual([]);
    const industry = rows.find((r) => r.indicator === 'industrialAddedValue')!;
    expect([industry.result?.text, industry.verdict, industry.shortfall]).toEqual(['6.2%', 'missed', 0.3]);
    expect(industry.correction).toMatchObject({ resultChanged: true, verdictChanged: false, staleResult: null });
    expect(industry.correction?.automatic.result?.text).toBe('5.1%');
    const gdp = rows.find((r) => r.indicator === 'gdp')!;
    expect([gdp.result, gdp.verdict]).toEqual([null, 'not reported']);
    expect(gdp.correction?.automatic.verdict).toBe('met');
    const retail = rows.find((r) => r.indicator === 'retailSales')!;
    expect([retail.result?.text, retail.verdict]).toEqual(['6.1%', 'unclear']);
    // Rows without a correction are the app's.
    expect(rows.find((r) => r.indicator === 'rdIntensity')!.correction).toBeNull();
  });

  it('still applies to a revised version of either report, found by the figures’ words (ids and offsets changed)', () => {
    const correction = correctionOf(LAST_EN, 'more than 6.5%', {
      result: { kind: 'figure', figure: { text: '6.2%', sentence: INDUSTRY, citation: 'I ¶1' } },
      verdict: 'met',
    });
    const revisedLast = LAST_EN.replace('Fellow Deputies,', 'Fellow Deputies,\n\nA new opening paragraph moves every citation.');
    const revisedThis = THIS_EN.replace('The past year was extraordinary. ', 'The past year was extraordinary and hard. ');
    expect(revisedLast).not.toBe(LAST_EN);
    expect(revisedThis).not.toBe(THIS_EN);
    const { rows, stale } = correctedTable(parseReport(revisedLast), parseReport(revisedThis), [correction]);
    expect(stale).toEqual([]);
    const industry = rows.find((r) => r.indicator === 'industrialAddedValue')!;
    expect([industry.result?.text, industry.verdict]).toEqual(['6.2%', 'met']);
  });

  it('is shown as stale when its passage is gone: the chosen result (the row keeps the app’s pairing), or the target (listed apart)', () => {
    const chosenResult = correctionOf(LAST_EN, 'more than 6.5%', {
      result: { kind: 'figure', figure: { text: '6.2%', sentence: INDUSTRY, citation: 'I ¶1' } },
      verdict: null,
    });
    const onTarget = correctionOf(LAST_EN, 'over 6%', { result: { kind: 'not reported' }, verdict: null });
    const withoutService = THIS_EN.replace(', and the added value of the service sector grew by 6.2%', '');
    const withoutRetail = LAST_EN.replace(/[^;:]*over 6%;/, '');
    expect(withoutRetail).not.toBe(LAST_EN);
    const { rows, stale } = correctedTable(parseReport(withoutRetail), parseReport(withoutService), [chosenResult, onTarget]);
    const industry = rows.find((r) => r.indicator === 'industrialAddedValue')!;
    expect([industry.result?.text, industry.verdict]).toEqual(['5.1%', 'missed']);
    expect(industry.correction).toMatchObject({ resultChanged: false, staleResult: { text: '6.2%', citation: 'I ¶1' } });
    expect(stale.map((c) => c.target.text)).toEqual(['over 6%']);
  });

  it('works on the Chinese reports too', () => {
    const last = text('work-report-2023.zh.txt');
    const thisYear = parseReport(text('work-report-2024.zh.txt'));
    const row = correctedTable(parseReport(last), thisYear, []).rows.find((r) => r.indicator === 'rdIntensity')!;
    const correction: TargetCorrection = {
      id: 'c-zh',
      lastYearId: 'last',
      thisYearId: 'this',
      target: { text: row.target.text, sentence: row.target.sentence, citation: row.target.citation, indicator: 'rdIntensity' },
      result: null,
      verdict: 'met',
      updatedAt: '2026-12-02T03:00:00.000Z',
    };
    const corrected = correctedTable(parseReport(last.replace('各位代表：', '各位代表：\n\n新加的一段。')), thisYear, [correction]).rows;
    expect(corrected.find((r) => r.indicator === 'rdIntensity')).toMatchObject({ verdict: 'met', correction: { verdictChanged: true } });
  });
});
