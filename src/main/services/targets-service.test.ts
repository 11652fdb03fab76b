import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_FILE_NAME } from '../storage/store';
import { startCoreIn, startTempCore } from '../test-support/temp-core';

type TempCore = Awaited<ReturnType<typeof startTempCore>>;
const FIXTURES = join(import.meta.dirname, '../../shared/targets/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('targets: last year’s targets against this year’s results, through the API', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });

  const add = async (name: string, kind: 'work-report' | 'plan-report' = 'work-report') => {
    const text = fixture(name);
    return (await core.services.library.addDocument({ title: text.split('\n')[0] ?? name, kind, text })).id;
  };

  it('pairs two imported reports: met, missed, exceeded and not reported rows, each citing its paragraph', async () => {
    const lastYearId = await add('work-report-2023.en.txt');
    const thisYearId = await add('work-report-2024.en.txt');
    const answer = await core.dispatch('targets.pair', { lastYearId, thisYearId });
    expect(answer.ok).toBe(true);
    const { rows, stale } = core.services.targets.pair({ lastYearId, thisYearId });
    expect(answer.ok && answer.data).toEqual({ rows, stale });
    expect(stale).toEqual([]);
    expect(rows).toHaveLength(15);
    const count = (verdict: string) => rows.filter((r) => r.verdict === verdict).length;
    expect(count('not reported')).toBe(3);
    expect(count('missed')).toBeGreaterThanOrEqual(1);
    expect(count('exceeded')).toBeGreaterThanOrEqual(1);
    expect(count('met')).toBeGreaterThanOrEqual(1);
    const industry = rows.find((r) => r.indicator === 'industrialAddedValue');
    expect(industry).toMatchObject({ verdict: 'missed', target: { text: 'more than 6.5%', citation: 'II ¶1' }, result: { text: '5.1%' } });
    // The citations are paragraphs of the two documents the reader can open.
    const lastYearParagraphs = core.services.document.get({ documentId: lastYearId }).outline;
    const paragraphIds = JSON.stringify(lastYearParagraphs);
    expect(paragraphIds).toContain(`"${industry?.target.paragraphId}"`);
    const thisYearText = core.services.documents.documentText(thisYearId);
    expect(thisYearText.paragraphs.find((p) => p.id === industry?.result?.paragraphId)?.citation).toBe('I ¶1');
  });

  it('pairs the Chinese reports too', async () => {
    const { rows } = core.services.targets.pair({
      lastYearId: await add('work-report-2023.zh.txt'),
      thisYearId: await add('work-report-2024.zh.txt'),
    });
    expect(rows.find((r) => r.indicator === 'rdIntensity')).toMatchObject({
      verdict: 'exceeded',
      target: { text: '3.5%' },
      result: { text: '3.9%' },
    });
    expect(rows.filter((r) => r.verdict === 'not reported')).toHaveLength(3);
  });

  it('refuses the same report on both sides, and a document not in the library', async () => {
    const id = await add('work-report-2023.en.txt');
    const same = await core.dispatch('targets.pair', { lastYearId: id, thisYearId: id });
    expect(same).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const missing = await core.dispatch('targets.pair', { lastYearId: id, thisYearId: 'no-such-report' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('suggests last year’s report of the same issuer and kind, by the years in the titles', async () => {
    // Only the bundled Jiaxing 2024 report: no year before it.
    expect(await core.dispatch('targets.suggestPair', {})).toEqual({ ok: true, data: null });
    const lastYearId = await add('work-report-2023.en.txt');
    const thisYearId = await add('work-report-2024.en.txt');
    // A plan report of 2023 is not last year's work report.
    await add('work-report-2023.zh.txt', 'plan-report');
    expect(await core.dispatch('targets.suggestPair', {})).toEqual({ ok: true, data: { lastYearId, thisYearId } });
    expect(core.services.targets.suggestPair({ thisYearId })).toEqual({ lastYearId, thisYearId });
    // The bundled Jiaxing 2024 work report has only another issuer's 2023 report: offered when asked for it.
    expect(core.services.targets.suggestPair({ thisYearId: 'jiaxing-2024-work-report' })).toEqual({
      lastYearId,
      thisYearId: 'jiaxing-2024-work-report',
    });
    expect(core.services.targets.suggestPair({ thisYearId: lastYearId })).toBeNull();
  });
});

describe('the deputy’s corrections, stored', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });

  const add = async (name: string, kind: 'work-report' | 'plan-report' = 'work-report') => {
    const text = fixture(name);
    return (await core.services.library.addDocument({ title: text.split('\n')[0] ?? name, kind, text })).id;
  };
  const rowOf = <R extends { indicator: string | null }>(table: { rows: R[] }, indicator: string): R => {
    const row = table.rows.find((r) => r.indicator === indicator);
    if (!row) throw new Error(`no ${indicator} row`);
    return row;
  };

  /** The industry target paired by the deputy with the service sector's 6.2%. */
  const correctIndustry = async () => {
    const pair = { lastYearId: await add('work-report-2023.en.txt'), thisYearId: await add('work-report-2024.en.txt') };
    const industry = core.services.targets.pair(pair).rows.find((r) => r.indicator === 'industrialAddedValue')!;
    const service = core.services.targets
      .results({ documentId: pair.thisYearId })
      .find((f) => f.text === '6.2%' && f.sentence.includes('service sector'))!;
    const answer = await core.dispatch('targets.correct', {
      ...pair,
      targetFigureId: industry.target.figureId,
      result: { figureId: service.figureId },
      verdict: null,
    });
    return { pair, answer };
  };

  it('another result for a row: re-judged, written to the store file, there after a restart', async () => {
    const { pair, answer } = await correctIndustry();
    expect(answer).toMatchObject({
      ok: true,
      data: { result: { kind: 'figure', figure: { text: '6.2%', citation: 'I ¶1' } }, verdict: null },
    });
    expect(rowOf(core.services.targets.pair(pair), 'industrialAddedValue')).toMatchObject({
      result: { text: '6.2%' },
      verdict: 'missed',
      shortfall: 0.3,
      correction: { resultChanged: true, automatic: { resultText: '5.1%', verdict: 'missed' } },
    });
    // A verdict too, on another row.
    const gdp = rowOf(core.services.targets.pair(pair), 'gdp');
    await core.services.targets.correct({ ...pair, targetFigureId: gdp.target.figureId, result: null, verdict: 'unclear' });

    await core.store.close();
    const stored = JSON.parse(await readFile(join(core.dataFolder, STORE_FILE_NAME), 'utf8'));
    expect(stored.targetCorrections).toHaveLength(2);
    const again = await startCoreIn(core.dataFolder);
    expect(rowOf(again.services.targets.pair(pair), 'industrialAddedValue')).toMatchObject({ result: { text: '6.2%' }, verdict: 'missed' });
    expect(rowOf(again.services.targets.pair(pair), 'gdp')).toMatchObject({ result: { text: '6.3%' }, verdict: 'unclear' });

    await again.store.close();
  });

  it('still applies after a revised version of either report; a dropped result is stale; both left empty removes it', async () => {
    const { pair } = await correctIndustry();
    const again = core;
    // Revised versions of both reports (a paragraph added before each): the corrections still apply.
    await again.services.document.importRevision({
      documentId: pair.lastYearId,
      text: fixture('work-report-2023.en.txt').replace('Fellow Deputies,', 'Fellow Deputies,\n\nA paragraph added in the revised version.'),
    });
    await again.services.document.importRevision({
      documentId: pair.thisYearId,
      text: fixture('work-report-2024.en.txt').replace('Fellow Deputies,', 'Fellow Deputies,\n\nA paragraph added in the revised version.'),
    });
    const revised = again.services.targets.pair(pair);
    expect(rowOf(revised, 'industrialAddedValue')).toMatchObject({ result: { text: '6.2%' }, verdict: 'missed' });
    expect(revised.stale).toEqual([]);

    // A revision that drops the chosen result: the row says so and keeps the app's pairing.
    await again.services.document.importRevision({
      documentId: pair.thisYearId,
      text: fixture('work-report-2024.en.txt').replace(', and the added value of the service sector grew by 6.2%', ''),
    });
    expect(rowOf(again.services.targets.pair(pair), 'industrialAddedValue')).toMatchObject({
      result: { text: '5.1%' },
      correction: { resultChanged: false, staleResult: { text: '6.2%' } },
    });
    // Both left empty: the correction is gone.
    const industryNow = rowOf(again.services.targets.pair(pair), 'industrialAddedValue');
    expect(
      await again.services.targets.correct({ ...pair, targetFigureId: industryNow.target.figureId, result: null, verdict: null }),
    ).toBeNull();
    expect(again.store.data.targetCorrections).toEqual([]);
  });

  it('"not reported" for a row, refuses a figure that is not one of this year’s results, and removes a stale correction', async () => {
    const pair = { lastYearId: await add('work-report-2023.en.txt'), thisYearId: await add('work-report-2024.en.txt') };
    const retail = rowOf(core.services.targets.pair(pair), 'retailSales');
    const refused = await core.dispatch('targets.correct', {
      ...pair,
      targetFigureId: retail.target.figureId,
      result: { figureId: 'nope:0' },
      verdict: null,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(core.store.data.targetCorrections).toEqual([]);
    const saved = await core.services.targets.correct({
      ...pair,
      targetFigureId: retail.target.figureId,
      result: 'not reported',
      verdict: null,
    });
    expect(rowOf(core.services.targets.pair(pair), 'retailSales')).toMatchObject({ result: null, verdict: 'not reported' });
    // Last year's report revised without that target: the correction is listed as stale, and can be removed.
    await core.services.document.importRevision({
      documentId: pair.lastYearId,
      text: fixture('work-report-2023.en.txt').replace(/[^;:]*over 6%;/, ''),
    });
    expect(core.services.targets.pair(pair).stale.map((c) => c.id)).toEqual([saved?.id]);
    await core.services.targets.removeCorrection({ correctionId: saved?.id ?? '' });
    expect(core.services.targets.pair(pair).stale).toEqual([]);
  });

  it('flags the work report’s GDP target that differs from the plan report’s, for the same year (not another city’s work report)', async () => {
    const work = await add('work-report-2024.en.txt');
    await add('plan-report-2024.en.txt', 'plan-report');
    await add('work-report-2023.en.txt');
    const comparisons = core.services.targets.consistency({ documentId: work });
    expect(comparisons.map((c) => [c.indicator, c.consistent, c.statements.map((s) => s.text)])).toEqual([
      ['gdp', false, ['around 5.5%', '5%']],
      ['fixedAssetInvestment', true, ['more than 5%', 'more than 5%']],
      ['cpi', true, ['about 3%', 'about 3%']],
    ]);
  });

  /** The table of the 2023/2024 English reports, the GDP row judged unclear by the deputy, exported and read back. */
  const exportedText = async (language: 'en' | 'zh-CN') => {
    const pair = { lastYearId: await add('work-report-2023.en.txt'), thisYearId: await add('work-report-2024.en.txt') };
    const gdp = rowOf(core.services.targets.pair(pair), 'gdp');
    await core.services.targets.correct({ ...pair, targetFigureId: gdp.target.figureId, result: null, verdict: 'unclear' });
    const delivery = await core.services.targets.exportDocx({ ...pair, language });
    if (delivery.kind !== 'download') throw new Error('expected a download');
    return (await mammoth.extractRawText({ buffer: Buffer.from(delivery.base64, 'base64') })).value;
  };

  it('exports the table as a DOCX that reads back with every row, the corrected one marked (English)', async () => {
    const en = await exportedText('en');
    for (const needle of [
      "Last Year's Targets and This Year's Results",
      'Indicator',
      'Citations',
      '15 targets: 9 met, 1 exceeded, 1 missed, 3 not reported, 1 unclear.',
      'Added value of industry above designated size',
      'more than 6.5%',
      'Missed by 1.4 percentage points',
      'Unclear (corrected)',
      'Target: II ¶1',
      'Result: I ¶1',
      '3,500 childcare places',
    ])
      expect(en, needle).toContain(needle);
    expect(en.match(/Not reported/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('exports the table in Chinese words', async () => {
    const zh = await exportedText('zh-CN');
    for (const needle of [
      '上年目标完成情况对照表',
      '指标',
      '出处',
      '规上工业增加值',
      '未完成，差1.4个百分点',
      '无法判断（已更正）',
      '目标：II ¶1',
    ])
      expect(zh, needle).toContain(needle);
  });

  const notesText = async (withTargets: boolean) => {
    const pair = { lastYearId: await add('work-report-2023.en.txt'), thisYearId: await add('work-report-2024.en.txt') };
    const delivery = await core.services.annotation.exportNotes({
      documentId: pair.thisYearId,
      language: 'en',
      ...(withTargets ? { targets: pair } : {}),
    });
    if (delivery.kind !== 'download') throw new Error('expected a download');
    return (await mammoth.extractRawText({ buffer: Buffer.from(delivery.base64, 'base64') })).value;
  };

  it('prints the table in the deliberation notes of this year’s report when asked', async () => {
    const withTable = await notesText(true);
    expect(withTable).toContain('Deliberation notes');
    expect(withTable.indexOf("Last Year's Targets and This Year's Results")).toBeGreaterThan(withTable.indexOf('Deliberation notes'));
    expect(withTable).toContain('Missed by 1.4 percentage points');
  });

  it('leaves the table out of the deliberation notes unless asked', async () => {
    const without = await notesText(false);
    expect(without).toContain('Deliberation notes');
    expect(without).not.toContain("Last Year's Targets and This Year's Results");
    expect(without).not.toContain('Missed by 1.4 percentage points');
  });
});
