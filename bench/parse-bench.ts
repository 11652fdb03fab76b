import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseReport } from '../src/shared/report/parse-report';
import { medianMs, pick, type BenchOptions, type Metric } from './measure';

const REPORT = join(resolve(import.meta.dirname, '..'), 'resources/reports/jiaxing-2024-government-work-report.en.txt');
const kb = (text: string) => `${Math.round(Buffer.byteLength(text) / 1024)} KB`;

/** `parse.report_ms` and `parse.report_x10_ms` (the report repeated 10 times): growth must be linear. */
export async function benchParse(options: BenchOptions): Promise<Record<string, Metric>> {
  const report = await readFile(REPORT, 'utf8');
  const reportX10 = Array.from({ length: 10 }, () => report).join('\n\n');
  const x1 = await medianMs(() => parseReport(report), pick(options, 200, 1), pick(options, 30, 0));
  const x10 = await medianMs(() => parseReport(reportX10), pick(options, 40, 1), pick(options, 5, 0));
  return {
    'parse.report_ms': { value: x1, unit: 'ms', size: `bundled report, ${kb(report)}`, target: '< 5', met: x1 < 5 },
    'parse.report_x10_ms': { value: x10, unit: 'ms', size: `report ×10, ${kb(reportX10)}; ratio ×${(x10 / x1).toFixed(2)}`, target: '< 12 × parse.report_ms', met: x10 < 12 * x1 },
  };
}
