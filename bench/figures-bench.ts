import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extractFigures } from '../src/shared/figures/extract-figures';
import { parseReport } from '../src/shared/report/parse-report';
import { medianMs, pick, type BenchOptions, type Metric } from './measure';

const REPORT = join(resolve(import.meta.dirname, '..'), 'resources/reports/jiaxing-2024-government-work-report.en.txt');

/** `figures.extract_report_ms`: figures extraction on the bundled report's outline (parse excluded). */
export async function benchFigures(options: BenchOptions): Promise<Record<string, Metric>> {
  const outline = parseReport(await readFile(REPORT, 'utf8'));
  const found = extractFigures(outline).length;
  const text = outline.sections.flatMap(function texts(s): string[] {
    return [...s.paragraphs.map((p) => p.text), ...s.children.flatMap(texts)];
  });
  // The limit: one regular-expression pass over the same paragraphs finding every number.
  const scan = await medianMs(() => text.map((t) => [...t.matchAll(/\d+(?:[.,]\d+)*%?/g)].length), pick(options, 60, 1), pick(options, 10, 0));
  const ms = await medianMs(() => extractFigures(outline), pick(options, 60, 1), pick(options, 10, 0));
  return {
    'figures.extract_report_ms': { value: ms, unit: 'ms', size: `bundled report, ${found} figures`, peer: { label: 'one regex pass finding every number in the same paragraphs', value: scan }, target: '< 20', met: ms < 20 },
  };
}
