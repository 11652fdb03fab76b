import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startCore } from '../src/main/api/start-core';
import { seededRandom } from '../src/shared/anchoring/anchor-test-support';
import { startHostProcess } from '../e2e/web-host-process';
import { CHROMIUM_LAUNCH } from '../playwright.config';
import { median, pick, type BenchOptions, type Metric } from './measure';

const RESOURCES = resolve(import.meta.dirname, '../resources');
const REPORT_ID = 'jiaxing-2024-work-report';

/** A data folder with the bundled report and `count` annotations spread over it (seeded: the same every run). */
async function seedFolder(count: number): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'deputy-desk-bench-render-'));
  const core = await startCore({ dataFolder: folder, resourcesDir: RESOURCES, version: 'bench' });
  const text = core.services.documents.documentText(REPORT_ID).text;
  const random = seededRandom(1000);
  const kinds = ['question', 'support', 'concern', 'verify'] as const;
  for (let made = 0; made < count;) {
    const start = Math.floor(random() * (text.length - 120));
    try {
      await core.services.annotation.create({
        documentId: REPORT_ID,
        start,
        end: start + 8 + Math.floor(random() * 100),
        kind: kinds[made % 4]!,
        note: `note ${made}`,
        tags: [],
      });
      made += 1;
    } catch {
      // A range of white space only: pick another.
    }
  }
  // The web host takes the data folder's lock: let go of it first (one process per data folder).
  await core.store.close();
  return folder;
}

/**
 * Loads the reader on `folder` `runs` times; each time, navigation start (in-page clock) until every
 * paragraph of the report and every highlight segment is on the page and painted. Returns the median and the segment count.
 */
async function timeLoads(browser: Browser, folder: string, annotations: number, runs: number): Promise<{ ms: number; segments: number }> {
  const host = await startHostProcess(folder);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // First load: what the finished page has (paragraphs, highlight segments).
    await page.goto(host.url);
    await page.waitForFunction(
      (n) =>
        new Set(
          [...document.querySelectorAll('mark[data-annotation-ids]')].flatMap((m) =>
            (m.getAttribute('data-annotation-ids') ?? '').split(' '),
          ),
        ).size >= n && document.querySelector('p[data-paragraph-id]') !== null,
      annotations,
    );
    const segments = await page.locator('mark[data-annotation-ids]').count();
    const paragraphs = await page.locator('p[data-paragraph-id]').count();
    const url = page.url();
    // From the first frame on, each frame checks whether everything is on the page; the end mark is
    // taken in a task queued from that frame, so it falls after the frame's style, layout and paint.
    // A string, not a function: tsx would wrap the inner function in a helper the page does not have.
    await page.addInitScript(`(() => {
      const check = () => {
        const done =
          document.querySelectorAll('p[data-paragraph-id]').length >= ${paragraphs} &&
          document.querySelectorAll('mark[data-annotation-ids]').length >= ${segments};
        if (done) setTimeout(() => (window.__renderedAt = performance.now()));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    })();`);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(url);
      const at = await page.waitForFunction(() => (window as { __renderedAt?: number }).__renderedAt ?? false);
      times.push((await at.jsonValue()) as number);
    }
    await page.close();
    return { ms: median(times), segments };
  } finally {
    await host.stop();
  }
}

/**
 * `render.report_with_1000_highlights_ms`: the reader on a data folder with 1,000 annotations over the
 * bundled report, navigation start → every paragraph and highlight on the page, median of 5 loads in
 * Chromium; the control is the same load with 0 annotations, and `render.highlights_overhead_ms` the difference.
 */
export async function benchRender(options: BenchOptions): Promise<Record<string, Metric>> {
  const highlights = pick(options, 1000, 100);
  const runs = pick(options, 5, 1);
  const folders = [await seedFolder(highlights), await seedFolder(0)];
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const loaded = await timeLoads(browser, folders[0]!, highlights, runs);
    const control = await timeLoads(browser, folders[1]!, 0, runs);
    const overhead = loaded.ms - control.ms;
    const size = `bundled report, ${highlights} annotations (${loaded.segments} highlight segments), navigation start → every paragraph and highlight on the page and painted, median of ${runs}`;
    const controlPeer = { label: 'the same load with 0 annotations', value: control.ms };
    return {
      'render.report_with_1000_highlights_ms': {
        value: loaded.ms,
        unit: 'ms',
        size,
        peer: controlPeer,
        target: '< 500',
        met: loaded.ms < 500,
      },
      'render.highlights_overhead_ms': {
        value: overhead,
        unit: 'ms',
        size: `${size}; minus the same load with 0 annotations`,
        peer: controlPeer,
        target: '< 150',
        met: overhead < 150,
      },
    };
  } finally {
    await browser.close();
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  }
}
