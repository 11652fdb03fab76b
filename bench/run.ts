import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ratio, type BenchOptions, type Metric } from './measure';
import { problemsWith, SUITES } from './suites';

/**
 * `npm run bench`: every benchmark in one run, so that medians and ratios compare like with like.
 * `npm run bench -- --quick` (CI): one iteration each on smaller inputs; fails when a suite crashes
 * or a metric is missing, never on timings (too noisy on shared machines).
 * `npm run bench -- --only "cold start"` runs the named suites alone (repeat `--only`; names as in
 * suites.ts), to measure one change before and after without the others' load.
 */
const root = resolve(import.meta.dirname, '..');
const options: BenchOptions = { quick: process.argv.includes('--quick') };
const round = (n: number) => Math.round(n * 1000) / 1000;
const only = process.argv.flatMap((arg, i) => {
  const next = process.argv[i + 1];
  return arg === '--only' && next !== undefined ? [next] : [];
});
const unknown = only.filter((name) => !SUITES.some((s) => s.name === name));
if (unknown.length > 0) throw new Error(`no suite named ${unknown.join(', ')}: the suites are ${SUITES.map((s) => s.name).join(', ')}`);
const selected = only.length > 0 ? SUITES.filter((s) => only.includes(s.name)) : SUITES;

const metrics: Record<string, Metric> = {};
const failures: string[] = [];
const wallStart = performance.now();
for (const suite of selected) {
  const start = performance.now();
  try {
    const result = await suite.run(options);
    Object.assign(metrics, result);
    failures.push(...problemsWith(suite, result).map((p) => `${suite.name}: ${p}`));
  } catch (error) {
    failures.push(`${suite.name}: crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  console.log(`bench: ${suite.name} took ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

const rows = Object.entries(metrics).map(([name, m]) => {
  const r = ratio(m);
  return {
    name,
    m: { ...m, value: round(m.value), ...(m.peer ? { peer: { ...m.peer, value: round(m.peer.value) }, ratio: round(r!) } : {}) },
  };
});
// bench/results.json always holds a whole run: a partial one only prints its table.
if (only.length === 0)
  await writeFile(join(root, 'bench/results.json'), `${JSON.stringify(Object.fromEntries(rows.map((r) => [r.name, r.m])), null, 2)}\n`);
console.table(
  rows.map(({ name, m }) => ({
    metric: name,
    value: `${m.value} ${m.unit}`,
    'peer / limit': m.peer ? `${m.peer.value} ${m.unit}` : '',
    ratio: 'ratio' in m ? `${m.ratio}×` : '',
    target: m.target ?? '',
    // Quick mode measures smaller inputs once: its timings are not held against the targets.
    met: m.met === undefined || options.quick ? '' : m.met ? 'yes' : 'NO',
  })),
);
for (const { name, m } of rows) console.log(`${name}: ${m.size}${m.peer ? `; peer/limit: ${m.peer.label}` : ''}`);
console.log(`bench: ${options.quick ? 'quick' : 'full'} run took ${((performance.now() - wallStart) / 1000).toFixed(1)} s`);
if (failures.length > 0) {
  console.error(`bench FAILED:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exitCode = 1;
}
