import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTempCore } from '../test-support/temp-core';

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
    const rows = core.services.targets.pair({ lastYearId, thisYearId });
    expect(answer.ok && answer.data).toEqual(rows);
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
    const rows = core.services.targets.pair({
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
