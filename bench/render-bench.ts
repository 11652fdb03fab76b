import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startCore } from '../src/main/api/start-core';
import { seededRandom } from '../src/shared/anchoring/anchor-test-support';
import { startHostProcess } from '../e2e/web-host-process';
import { CHROMIUM_LAUNCH } from '../playwright.config';
import { pick, type BenchOptions, type Metric } from './measure';

const RESOURCES = resolve(import.meta.dirname, '../resources');
const REPORT_ID = 'jiaxing-2024-work-report';

/**
 * `render.report_with_1000_highlights_ms`: a data folder with 1,000 annotations spread over the
 * bundled report; the time from navigation start until every highlight is on the page (in-page
 * clock), median of 5 loads in Chromium.
 */
export async function benchRender(options: BenchOptions): Promise<Record<string, Metric>> {
  const HIGHLIGHTS = pick(options, 1000, 100);
  const RUNS = pick(options, 5, 1);
  const folder = await mkdtemp(join(tmpdir(), 'deputy-desk-bench-render-'));
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const core = await startCore({ dataFolder: folder, resourcesDir: RESOURCES, version: 'bench' });
    const text = core.services.library.documentText(REPORT_ID).text;
    const random = seededRandom(1000);
    const kinds = ['question', 'support', 'concern', 'verify'] as const;
    for (let made = 0; made < HIGHLIGHTS; ) {
      const start = Math.floor(random() * (text.length - 120));
      try {
        await core.services.annotations.create({ documentId: REPORT_ID, start, end: start + 8 + Math.floor(random() * 100), kind: kinds[made % 4]!, note: `note ${made}`, tags: [] });
        made += 1;
      } catch {
        // A range of white space only: pick another.
      }
    }
    // The web host takes the data folder's lock: let go of it first (one process per data folder).
    await core.store.close();

    const host = await startHostProcess(folder);
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      // First load: how many highlight segments the finished page has.
      await page.goto(host.url);
      await page.waitForFunction((n) => new Set([...document.querySelectorAll('mark[data-annotation-ids]')].flatMap((m) => (m.getAttribute('data-annotation-ids') ?? '').split(' '))).size >= n, HIGHLIGHTS);
      const segments = await page.locator('mark[data-annotation-ids]').count();
      const url = page.url();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(url);
        const at = await page.waitForFunction(
          (n) => (document.querySelectorAll('mark[data-annotation-ids]').length >= n ? performance.now() : false),
          segments,
          { polling: 'raf' },
        );
        times.push((await at.jsonValue()) as number);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(RUNS / 2)]!;
      return {
        'render.report_with_1000_highlights_ms': {
          value: median,
          unit: 'ms',
          size: `bundled report, ${HIGHLIGHTS} annotations (${segments} highlight segments), navigation start → all highlights on the page, median of ${RUNS}`,
          target: '< 500',
          met: median < 500,
        },
      };
    } finally {
      await host.stop();
    }
  } finally {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  }
}
