import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startHostProcess } from '../e2e/web-host-process';
import { CHROMIUM_LAUNCH } from '../playwright.config';
import { median, pick, type BenchOptions, type Metric } from './measure';

/** `web.cold_start_to_report_ms`: spawn the built web host on an empty data folder → report rendered in Chromium. */
export async function benchColdStart(options: BenchOptions): Promise<Record<string, Metric>> {
  const runs = pick(options, 5, 1);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const folder = await mkdtemp(join(tmpdir(), 'deputy-desk-bench-'));
      const page = await browser.newPage();
      const start = performance.now();
      const host = await startHostProcess(folder);
      await page.goto(host.url);
      await page.getByText('Report on the Work of the Government', { exact: true }).first().waitFor();
      times.push(performance.now() - start);
      await page.close();
      await host.stop();
      await rm(folder, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  const ms = median(times);
  return {
    'web.cold_start_to_report_ms': { value: ms, unit: 'ms', size: `bundled report, empty data folder, median of ${runs}`, target: '< 1500', met: ms < 1500 },
  };
}
