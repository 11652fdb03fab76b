import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseReport } from '../src/shared/report/parse-report';
import { median, medianMs, pick, type BenchOptions, type Metric } from './measure';

const REPORT = join(resolve(import.meta.dirname, '..'), 'resources/reports/jiaxing-2024-government-work-report.en.txt');
const kb = (text: string) => `${Math.round(Buffer.byteLength(text) / 1024)} KB`;

/**
 * Median CPU time (all of the process's threads, garbage collection included) of `fn`. Wall time
 * on a shared machine also counts the time the scheduler gives to others, which hits a 15 ms run
 * far more often than a 1.5 ms one; CPU time shows how the work itself grows.
 */
function medianCpuMs(fn: () => unknown, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

/** `parse.report_ms` and `parse.report_x10_ms` (the report repeated 10 times): growth must be linear. */
export async function benchParse(options: BenchOptions): Promise<Record<string, Metric>> {
  const report = await readFile(REPORT, 'utf8');
  const reportX10 = Array.from({ length: 10 }, () => report).join('\n\n');
  const x1 = await medianMs(() => parseReport(report), pick(options, 200, 1), pick(options, 30, 0));
  // The limit: reading the same text line by line (split and trim), the least any parser does.
  const lines = await medianMs(() => report.split('\n').map((line) => line.trim()), pick(options, 200, 1), pick(options, 30, 0));
  const x10 = await medianMs(() => parseReport(reportX10), pick(options, 40, 1), pick(options, 5, 0));
  const x1Cpu = medianCpuMs(() => parseReport(report), pick(options, 200, 1), pick(options, 5, 0));
  const x10Cpu = medianCpuMs(() => parseReport(reportX10), pick(options, 40, 1), pick(options, 5, 0));
  return {
    'parse.report_ms': {
      value: x1,
      unit: 'ms',
      size: `bundled report, ${kb(report)}`,
      peer: { label: 'split + trim of the same text into lines', value: lines },
      target: '< 5',
      met: x1 < 5,
    },
    // Growth must be linear: ten times the text, less than 11 times the time.
    'parse.report_x10_ms': {
      value: x10,
      unit: 'ms',
      size: `report ×10, ${kb(reportX10)}`,
      peer: { label: 'parse of the report ×1 (parse.report_ms)', value: x1 },
      target: '< 11 × peer',
      met: x10 < 11 * x1,
    },
    'parse.report_x10_cpu_ms': {
      value: x10Cpu,
      unit: 'ms',
      size: `report ×10, ${kb(reportX10)}, CPU time (process.cpuUsage, GC threads included)`,
      peer: { label: 'CPU time of the parse of the report ×1', value: x1Cpu },
      target: '< 11 × peer',
      met: x10Cpu < 11 * x1Cpu,
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchParse({ quick: process.argv.includes('--quick') }));
