import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extractFigures } from '../src/shared/figures/extract-figures';
import { parseReport } from '../src/shared/report/parse-report';
import { pairTargets } from '../src/shared/targets/pair-targets';
import { medianMs, pick, type BenchOptions, type Metric } from './measure';

const REPORT = join(resolve(import.meta.dirname, '..'), 'resources/reports/jiaxing-2024-government-work-report.en.txt');

/**
 * `figures.extract_report_ms`: figures extraction on the bundled report's outline (parse excluded).
 * `targets.pair_ms`: last year's targets against this year's results for two full reports (the
 * bundled report as both years); the limit is extracting the figures of both, which pairing needs.
 */
export async function benchFigures(options: BenchOptions): Promise<Record<string, Metric>> {
  const outline = parseReport(await readFile(REPORT, 'utf8'));
  const found = extractFigures(outline).length;
  const text = outline.sections.flatMap(function texts(s): string[] {
    return [...s.paragraphs.map((p) => p.text), ...s.children.flatMap(texts)];
  });
  // The limit: one regular-expression pass over the same paragraphs finding every number.
  const scan = await medianMs(
    () => text.map((t) => [...t.matchAll(/\d+(?:[.,]\d+)*%?/g)].length),
    pick(options, 60, 1),
    pick(options, 10, 0),
  );
  const ms = await medianMs(() => extractFigures(outline), pick(options, 60, 1), pick(options, 10, 0));
  const rows = pairTargets(outline, outline).length;
  const extractBoth = await medianMs(() => [extractFigures(outline), extractFigures(outline)], pick(options, 40, 1), pick(options, 5, 0));
  const pair = await medianMs(() => pairTargets(outline, outline), pick(options, 40, 1), pick(options, 5, 0));
  return {
    'targets.pair_ms': {
      value: pair,
      unit: 'ms',
      size: `two full reports (the bundled report as both years), ${found} figures each, ${rows} target rows`,
      peer: { label: 'extracting the figures of both reports (which pairing needs)', value: extractBoth },
      target: '< 50',
      met: pair < 50,
    },
    'figures.extract_report_ms': {
      value: ms,
      unit: 'ms',
      size: `bundled report, ${found} figures`,
      peer: { label: 'one regex pass finding every number in the same paragraphs', value: scan },
      target: '< 20',
      met: ms < 20,
    },
  };
}
