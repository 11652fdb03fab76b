/**
 * Comparison benchmark (issue #15): two versions of a large document — the bundled report ×10 and
 * a revision of it made the way work reports are revised (the anchoring bench's generator,
 * src/shared/anchoring/revision-generator-test-support.ts, at its density of edits per report) —
 * compared by `compareVersions` in-process, with jsdiff's own diffArrays over the paragraphs and
 * diffWords over each changed stretch on the same input as the peer (the bare diff work, without
 * the pairing, change list and annotation fates). Then through the app (a real core:
 * `compare.versions` dispatched like the renderer does), with `app.info` called all the while to
 * measure how long the app could not answer. `--quick`: the report ×3, one run, fewer annotations.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { diffArrays, diffWords } from 'diff';
import { startCore } from '../src/main/api/start-core';
import { annotateInBulk } from '../src/main/test-support/bulk-annotations';
import type { Core } from '../src/main/api/start-core';
import { documentFromParagraphs, seededRandom } from '../src/shared/anchoring/anchor-test-support';
import { generateRevision } from '../src/shared/anchoring/revision-generator-test-support';
import { compareVersions } from '../src/shared/compare/compare-versions';
import { parseReport } from '../src/shared/report/parse-report';
import { medianMs, pick, type BenchOptions, type Metric } from './measure';

const root = resolve(import.meta.dirname, '..');
const REPORT_FILE = 'resources/reports/jiaxing-2024-government-work-report.en.txt';
/** Edits per copy of the report: the middle of the anchoring bench's 30–90. */
const EDITS_PER_COPY = 60;
const PEER = "jsdiff's diffArrays (paragraphs) + diffWords (each changed stretch), same input";

/** The report `copies` times over and a revision of it, as report texts (one line a paragraph or heading). */
function largeRevision(report: string, copies: number) {
  const lines = Array.from({ length: copies }, () => report)
    .join('\n\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const source = documentFromParagraphs(lines);
  const revision = generateRevision(source, EDITS_PER_COPY * copies, seededRandom(20240130));
  return { before: source.text, after: revision.doc.text, edits: revision.edits.length };
}

/** The peer: jsdiff's array diff over the paragraph texts, then its word diff over every stretch that is not common. */
function jsdiffPeer(before: readonly string[], after: readonly string[]): number {
  let changes = 0;
  let removed: string[] = [];
  const runs = diffArrays([...before], [...after]);
  for (const run of runs) {
    if (run.removed) removed = run.value;
    else if (run.added) {
      changes += diffWords(removed.join('\n\n'), run.value.join('\n\n')).length;
      removed = [];
    } else removed = [];
  }
  return changes;
}

/**
 * Calls app.info every few milliseconds from before `job` starts until one call made after it
 * ended has answered; each gap between two answers is how long the app could not answer. (A job
 * that blocks the event loop in one piece ends before the next call: that call's wait is the block.)
 */
async function answerGaps<T>(core: Core, job: () => Promise<T>): Promise<{ gaps: number[]; value: T }> {
  let finished = false;
  const running = new Promise<void>((ready) => setImmediate(ready)).then(job);
  void running.finally(() => {
    finished = true;
  });
  const gaps: number[] = [];
  let lastAnswer = performance.now();
  for (;;) {
    const after = finished;
    const info = await core.dispatch('app.info', {});
    if (!info.ok) throw new Error(`app.info failed: ${info.error.message}`);
    gaps.push(performance.now() - lastAnswer);
    lastAnswer = performance.now();
    if (after) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { gaps, value: await running };
}

/** `compare.versions` through a real core, and the gaps between `app.info` answers meanwhile. */
async function compareThroughApp(before: string, after: string, annotations: number) {
  const dataFolder = await mkdtemp(join(tmpdir(), 'deputy-desk-bench-compare-'));
  const core = await startCore({ dataFolder, resourcesDir: join(root, 'resources'), version: 'bench' });
  try {
    const doc = await core.services.library.addDocument({ title: 'Large report', kind: 'work-report', text: before });
    await annotateInBulk(core, doc.id, annotations);
    const revised = await core.dispatch('document.importRevision', { documentId: doc.id, text: after });
    if (!revised.ok) throw new Error(`document.importRevision failed: ${revised.error.message}`);
    const started = performance.now();
    const { gaps, value } = await answerGaps(core, async () => {
      const result = await core.dispatch('compare.versions', { documentId: doc.id });
      return { result, ms: performance.now() - started };
    });
    const { result, ms } = value;
    if (!result.ok) throw new Error(`compare.versions failed: ${result.error.message}`);
    const sorted = [...gaps].sort((a, b) => a - b);
    return { ms, calls: gaps.length, maxGap: sorted.at(-1) ?? 0 };
  } finally {
    await core.store.close();
    await rm(dataFolder, { recursive: true, force: true });
  }
}

export async function benchCompare(options: BenchOptions): Promise<Record<string, Metric>> {
  const report = await readFile(join(root, REPORT_FILE), 'utf8');
  const copies = pick(options, 10, 3);
  const runs = pick(options, 5, 1);
  const annotations = pick(options, 500, 100);
  const { before, after, edits } = largeRevision(report, copies);
  const from = parseReport(before);
  const to = parseReport(after);
  const compare = () =>
    compareVersions({
      documentId: 'bench',
      title: from.title,
      from: { version: 1, current: false, outline: from },
      to: { version: 2, current: true, outline: to },
      annotations: [],
    });
  const oursMs = await medianMs(compare, runs, pick(options, 1, 0));
  const paragraphs = (text: string) => text.split('\n\n');
  const peerMs = await medianMs(() => jsdiffPeer(paragraphs(before), paragraphs(after)), runs, pick(options, 1, 0));
  const { counts } = compare();
  const app = await compareThroughApp(before, after, annotations);
  const size =
    `the bundled report ×${copies} (${before.length.toLocaleString('en')} chars, ${from.sections.length} parts) against a revision of ${edits} edits ` +
    `(${counts.changed} changed, ${counts.moved} moved, ${counts.removed} deleted, ${counts.added} added paragraphs)`;
  return {
    'compare.versions_ms': {
      value: oursMs,
      unit: 'ms',
      size: `${size}; compareVersions in-process, no annotations, median of ${runs}`,
      peer: { label: PEER, value: peerMs },
    },
    'compare.peer.versions_ms': { value: peerMs, unit: 'ms', size: `${PEER}; median of ${runs}` },
    'compare.versions_app_ms': {
      value: app.ms,
      unit: 'ms',
      size: `compare.versions through the app, ${annotations} annotations; one run`,
    },
    'compare.app_info_max_ms': {
      value: app.maxGap,
      unit: 'ms',
      size: `longest wait for app.info (called every 5 ms, ${app.calls} answers) during compare.versions_app_ms`,
      target: '< 200',
      met: app.maxGap < 200,
    },
  };
}
