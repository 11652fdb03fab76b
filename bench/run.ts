import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../playwright.config';
import { parseReport } from '../src/shared/report/parse-report';
import { startHostProcess } from '../e2e/web-host-process';
import { medianMs, type Metric } from './measure';

const root = resolve(import.meta.dirname, '..');
const report = await readFile(join(root, 'resources/reports/jiaxing-2024-government-work-report.en.txt'), 'utf8');
const reportX10 = Array.from({ length: 10 }, () => report).join('\n\n');
const metrics: Record<string, Metric> = {};

const kb = (text: string) => `${Math.round(Buffer.byteLength(text) / 1024)} KB`;
metrics['parse.report_ms'] = { value: await medianMs(() => parseReport(report), 200, 30), unit: 'ms', size: `bundled report, ${kb(report)}`, target: '< 5' };
metrics['parse.report_x10_ms'] = {
  value: await medianMs(() => parseReport(reportX10), 40, 5),
  unit: 'ms',
  size: `report ×10, ${kb(reportX10)}`,
  target: '< 12 × parse.report_ms',
};

// Cold start: spawn the built web host on an empty data folder → first paragraph rendered in Chromium.
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const coldStarts: number[] = [];
for (let i = 0; i < 5; i++) {
  const folder = await mkdtemp(join(tmpdir(), 'deputy-desk-bench-'));
  const page = await browser.newPage();
  const start = performance.now();
  const host = await startHostProcess(folder);
  await page.goto(host.url);
  await page.getByText('Report on the Work of the Government', { exact: true }).first().waitFor();
  coldStarts.push(performance.now() - start);
  await page.close();
  await host.stop();
  await rm(folder, { recursive: true, force: true });
}
await browser.close();
coldStarts.sort((a, b) => a - b);
metrics['web.cold_start_to_report_ms'] = { value: coldStarts[2]!, unit: 'ms', size: 'bundled report, empty data folder, median of 5', target: '< 1500' };

const ratio = metrics['parse.report_x10_ms']!.value / metrics['parse.report_ms']!.value;
const rounded = Object.fromEntries(Object.entries(metrics).map(([k, m]) => [k, { ...m, value: Math.round(m.value * 1000) / 1000 }]));
await writeFile(join(root, 'bench/results.json'), `${JSON.stringify(rounded, null, 2)}\n`);
const meets: Record<string, boolean> = {
  'parse.report_ms': metrics['parse.report_ms']!.value < 5,
  'web.cold_start_to_report_ms': metrics['web.cold_start_to_report_ms']!.value < 1500,
};
console.table(
  Object.entries(rounded).map(([metric, m]) => ({
    metric,
    value: m.value,
    unit: m.unit,
    size: m.size,
    target: m.target ?? '',
    met: metric === 'parse.report_x10_ms' ? (ratio < 12 ? 'yes' : 'NO') : meets[metric] ? 'yes' : 'NO',
  })),
);
console.log(`parse growth ×10 input → ×${ratio.toFixed(2)} time`);
