import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { benchAnchoring } from './anchor-bench';
import { benchColdStart } from './cold-start-bench';
import type { Metric } from './measure';
import { benchParse } from './parse-bench';
import { benchEditor } from './editor-bench';
import { benchExport } from './export-bench';
import { benchFigures } from './figures-bench';
import { benchImport } from './import-bench';
import { benchRender } from './render-bench';
import { benchSearch } from './search-bench';
import { benchStore } from './store-bench';
import { benchVotes } from './votes-bench';

// `npm run bench`: every benchmark in one run, so that medians and ratios compare like with like.
const root = resolve(import.meta.dirname, '..');
const suites: (() => Promise<Record<string, Metric>>)[] = [benchParse, benchFigures, benchImport, benchStore, benchAnchoring, benchSearch, benchExport, benchVotes, benchRender, benchEditor, benchColdStart];

const metrics: Record<string, Metric> = {};
for (const suite of suites) Object.assign(metrics, await suite());

const rounded = Object.fromEntries(
  Object.entries(metrics).map(([name, m]) => [name, { ...m, value: Math.round(m.value * 1000) / 1000 }]),
);
await writeFile(join(root, 'bench/results.json'), `${JSON.stringify(rounded, null, 2)}\n`);
console.table(
  Object.entries(rounded).map(([metric, m]) => ({
    metric,
    value: m.value,
    unit: m.unit,
    size: m.size,
    target: m.target ?? '',
    met: m.met === undefined ? '' : m.met ? 'yes' : 'NO',
  })),
);
