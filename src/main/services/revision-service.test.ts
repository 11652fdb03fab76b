import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomInt, seededRandom } from '../../shared/anchoring/anchor-test-support';
import { describePassage } from '../../shared/anchoring/describe-passage';
import { AnnotationSchema, type Annotation } from '../../shared/domain/annotation';
import { RESOURCES_DIR, startTempCore } from '../test-support/temp-core';

const REPORT_ID = 'jiaxing-2024-work-report';
const ANNOTATIONS = 2000;
/** From source the worker first compiles its TypeScript through tsx: seconds on a loaded machine. A hang guard, not a measurement. */
const WORKER_TEST_TIMEOUT_MS = 60_000;
type TempCore = Awaited<ReturnType<typeof startTempCore>>;

/** The report with 80% of its paragraph lines rewritten: same vocabulary, other words in other order. */
function rewrittenReport(text: string): string {
  const random = seededRandom(11);
  const words = text.split(/\s+/).filter(Boolean);
  return text
    .split('\n')
    .map((line) => (line.length > 120 && random() < 0.8 ? line.split(' ').map(() => words[randomInt(random, 0, words.length - 1)]).join(' ') : line))
    .join('\n');
}

/** `count` annotations on random passages of the report, written to the store in one update. */
async function annotate(core: TempCore, count: number): Promise<void> {
  const doc = core.services.library.documentText(REPORT_ID);
  const random = seededRandom(5);
  const now = new Date().toISOString();
  const records: Annotation[] = [];
  while (records.length < count) {
    const start = randomInt(random, 0, doc.text.length - 200);
    const target = describePassage(doc, start, start + randomInt(random, 10, 200));
    if (target === null) continue;
    const id = `a-bulk-${String(records.length).padStart(6, '0')}`;
    records.push(AnnotationSchema.parse({ id, documentId: REPORT_ID, kind: 'question', note: '', tags: [], target, status: 'exact', createdAt: now, updatedAt: now, deletedAt: null }));
  }
  await core.store.update((data) => {
    data.annotations.push(...records);
  });
}

describe('importing a revision that rewrites most of the report', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });

  it('keeps the app answering while thousands of annotations re-anchor, and orphans rather than drops them', async () => {
    await annotate(core, ANNOTATIONS);
    const report = await readFile(join(RESOURCES_DIR, 'reports/jiaxing-2024-government-work-report.en.txt'), 'utf8');
    let finished = false;
    const importing = core.dispatch('document.importRevision', { documentId: REPORT_ID, text: rewrittenReport(report) }).finally(() => {
      finished = true;
    });
    // app.info, called every few milliseconds for as long as the import runs; a blocked event loop shows as a long gap between answers.
    const gaps: number[] = [];
    let lastAnswer = performance.now();
    while (!finished) {
      const info = await core.dispatch('app.info', {});
      expect(info.ok).toBe(true);
      gaps.push(performance.now() - lastAnswer);
      lastAnswer = performance.now();
      // Sampled every few milliseconds: a tighter loop would only compete with the worker for the two cores.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const result = await importing;
    expect(result.ok).toBe(true);
    const counts = result.ok ? (result.data as { exact: number; fuzzy: number; orphaned: number }) : null;
    expect(counts!.exact + counts!.fuzzy + counts!.orphaned).toBe(ANNOTATIONS);
    expect(counts!.orphaned).toBeGreaterThan(ANNOTATIONS / 2);
    expect(core.store.data.annotations.filter((a) => a.documentId === REPORT_ID)).toHaveLength(ANNOTATIONS);
    // Answered many times while the re-anchoring ran. On one thread the whole re-anchoring is one gap (3.8 s measured
    // here). The goal is 200 ms (bench: anchor.reanchor_app_info_max_ms); the bound is 1 s because on these shared
    // 2-core machines (load average ~15) the scheduler alone was seen to hold an idle main thread 400 ms.
    expect(gaps.length).toBeGreaterThan(20);
    expect(Math.max(...gaps)).toBeLessThan(1000);
  }, WORKER_TEST_TIMEOUT_MS);

  it('refuses a second revision of the same document while the first is still re-anchoring', async () => {
    await annotate(core, 50);
    const report = await readFile(join(RESOURCES_DIR, 'reports/jiaxing-2024-government-work-report.en.txt'), 'utf8');
    const first = core.services.revisions.importRevision(REPORT_ID, rewrittenReport(report));
    await expect(core.services.revisions.importRevision(REPORT_ID, report)).rejects.toThrow(/still being imported/);
    expect((await first).version).toBe(2);
    expect(core.services.revisions.versions(REPORT_ID)).toHaveLength(2);
  }, WORKER_TEST_TIMEOUT_MS);
});
