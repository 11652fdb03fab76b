import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotateInBulk, answerGapsWhile, rewrittenReport } from '../test-support/bulk-annotations';
import { RESOURCES_DIR, startTempCore } from '../test-support/temp-core';

const REPORT_ID = 'jiaxing-2024-work-report';
const ANNOTATIONS = 2000;
/** From source the job worker is first bundled with esbuild: seconds on a loaded machine. A hang guard, not a measurement. */
const WORKER_TEST_TIMEOUT_MS = 60_000;
type TempCore = Awaited<ReturnType<typeof startTempCore>>;

describe('importing a revision that rewrites most of the report', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });

  it(
    'keeps the app answering while thousands of annotations re-anchor, and orphans rather than drops them',
    async () => {
      await annotateInBulk(core, REPORT_ID, ANNOTATIONS);
      const report = await readFile(join(RESOURCES_DIR, 'reports/jiaxing-2024-government-work-report.en.txt'), 'utf8');
      const importing = core.dispatch('document.importRevision', { documentId: REPORT_ID, text: rewrittenReport(report, 0.8) });
      const gaps = await answerGapsWhile(core, importing);
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
    },
    WORKER_TEST_TIMEOUT_MS,
  );

  it(
    'refuses a second revision of the same document while the first is still re-anchoring',
    async () => {
      await annotateInBulk(core, REPORT_ID, 50);
      const report = await readFile(join(RESOURCES_DIR, 'reports/jiaxing-2024-government-work-report.en.txt'), 'utf8');
      const first = core.services.document.importRevision({ documentId: REPORT_ID, text: rewrittenReport(report, 0.8) });
      await expect(core.services.document.importRevision({ documentId: REPORT_ID, text: report })).rejects.toThrow(/still being imported/);
      // Through the API, in the language the deputy reads.
      const title = core.store.data.documents.find((d) => d.id === REPORT_ID)?.title;
      await core.dispatch('settings.update', { language: 'zh-CN' });
      expect(await core.dispatch('document.importRevision', { documentId: REPORT_ID, text: report })).toEqual({
        ok: false,
        error: { code: 'CONFLICT', message: `修订稿“${title}”正在导入，请等待完成后再试。` },
      });
      expect((await first).version).toBe(2);
      expect(core.services.document.versions({ documentId: REPORT_ID })).toHaveLength(2);
    },
    WORKER_TEST_TIMEOUT_MS,
  );

  it(
    'says how many annotations are placed while a revised file re-anchors, and a cancel then changes nothing',
    async () => {
      await annotateInBulk(core, REPORT_ID, ANNOTATIONS);
      const before = core.store.data.annotations;
      const report = await readFile(join(RESOURCES_DIR, 'reports/jiaxing-2024-government-work-report.en.txt'), 'utf8');
      const importId = 'revision-import-1';
      const base64 = Buffer.from(rewrittenReport(report, 0.8), 'utf8').toString('base64');
      const importing = core.dispatch('document.importRevisionFile', { documentId: REPORT_ID, fileName: 'revised.txt', base64, importId });
      const progress = async () => {
        const answer = await core.dispatch('library.importProgress', { importId });
        return answer.ok ? answer.data : null;
      };
      await expect.poll(progress, { timeout: WORKER_TEST_TIMEOUT_MS }).toMatchObject({ stage: 'reanchoring', total: ANNOTATIONS });
      expect(await core.dispatch('library.cancelImport', { importId })).toEqual({ ok: true, data: { cancelled: true } });
      const result = await importing;
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).toMatch(/cancelled/);
      expect(core.services.document.versions({ documentId: REPORT_ID })).toHaveLength(1);
      expect(core.store.data.annotations).toBe(before);
      expect(await progress()).toBeNull();
    },
    WORKER_TEST_TIMEOUT_MS,
  );
});
