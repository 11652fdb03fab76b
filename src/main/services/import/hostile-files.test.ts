import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DOCX_PARAGRAPHS, MAX_DOCX_RUNS, MAX_UNPACKED_BYTES } from '../../../shared/domain/limits';
import { jobContract } from '../../../shared/workers/job-contract';
import { startTempCore } from '../../test-support/temp-core';
import { appWorkerEntry } from '../../workers/worker-entry';
import { createWorkerThreadRunner } from '../../workers/worker-thread-runner';
import { docxWithBody, docxWithHiddenEntry, manyRuns, tinyParagraphs } from './test-support/hostile-docx';

type TempCore = Awaited<ReturnType<typeof startTempCore>>;
const MB = 1024 * 1024;
/** Building a hostile file, starting a worker and refusing takes seconds on a loaded 2-core machine. */
const HOSTILE_TEST_MS = 180_000;
/**
 * The target is 200 ms; the machine these tests run on is shared by several agents (load average
 * 10–15 on 2 cores), where a timer alone can be late by a few hundred ms. A main thread blocked by
 * parsing answers after 19–55 s (measured before the worker), so 1 s still tells the two apart.
 */
const ANSWER_BOUND_MS = 1000;

/**
 * Imports `file` through the API and asks `app.info` 50 ms after each answer until the import
 * settles, as the page does while it waits. Answers the import's error and the slowest app.info answer.
 */
async function importWhileAsking(core: TempCore, fileName: string, file: Uint8Array) {
  const started = performance.now();
  let settled = false;
  const importing = core.dispatch('library.previewImport', { fileName, base64: Buffer.from(file).toString('base64') }).finally(() => {
    settled = true;
  });
  const latencies: number[] = [];
  let peakRss = process.memoryUsage().rss;
  while (!settled) {
    // Latency counts from when the question is due, so time the event loop was blocked counts too.
    const due = performance.now() + 50;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const info = await core.dispatch('app.info', {});
    latencies.push(performance.now() - due);
    expect(info.ok).toBe(true);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const result = await importing;
  const report = {
    fileKB: Math.round(file.length / 1024),
    refusedAfterMs: Math.round(performance.now() - started),
    appInfoAnswers: latencies.length,
    slowestAnswerMs: Math.round(Math.max(...latencies)),
    medianAnswerMs: Math.round([...latencies].sort((a, b) => a - b)[Math.floor(latencies.length / 2)]!),
    peakRssMB: Math.round(peakRss / MB),
  };
  console.log(`${fileName}: ${JSON.stringify(report)}`);
  return { result, slowest: Math.max(...latencies) };
}

describe('hostile files', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });

  it(
    'refuses a 150 KB .docx holding 50 MB of tiny paragraphs, naming the paragraph limit, and the app keeps answering',
    async () => {
      const file = await docxWithBody(tinyParagraphs(Math.floor((50 * MB) / 35)));
      expect(file.length).toBeLessThan(200 * 1024);
      const { result, slowest } = await importWhileAsking(core, 'tiny-paragraphs.docx', file);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', importRefusal: { code: 'tooManyParagraphs', limit: MAX_DOCX_PARAGRAPHS } },
      });
      expect(!result.ok && result.error.message).toContain('more than 100,000 paragraphs');
      expect(slowest).toBeLessThan(ANSWER_BOUND_MS);
      expect(core.services.library.list()).toHaveLength(1);
    },
    HOSTILE_TEST_MS,
  );

  it(
    'refuses a 30 KB .docx of 215,000 tiny paragraphs (it froze the app 19 s at 2.5 GB)',
    async () => {
      const file = await docxWithBody(tinyParagraphs(215_000));
      expect(file.length).toBeLessThan(40 * 1024);
      const { result, slowest } = await importWhileAsking(core, 'freeze.docx', file);
      expect(result).toMatchObject({ ok: false, error: { importRefusal: { code: 'tooManyParagraphs' } } });
      expect(slowest).toBeLessThan(ANSWER_BOUND_MS);
    },
    HOSTILE_TEST_MS,
  );

  it(
    'refuses a .docx whose central directory points at a hidden 300 MB entry that a front-to-back reader does not see',
    async () => {
      const file = await docxWithHiddenEntry(300 * MB);
      expect(file.length).toBeLessThan(400 * 1024);
      const { result, slowest } = await importWhileAsking(core, 'hidden.docx', file);
      expect(result).toMatchObject({ ok: false, error: { importRefusal: { code: 'unpackedTooLarge', limit: MAX_UNPACKED_BYTES } } });
      expect(!result.ok && result.error.message).toContain('more than 200 MB');
      expect(slowest).toBeLessThan(ANSWER_BOUND_MS);
    },
    HOSTILE_TEST_MS,
  );

  it(
    'never unpacks more than the directory declares, even when the declared size of the hidden entry lies',
    async () => {
      const file = await docxWithHiddenEntry(300 * MB, 1024);
      const { result } = await importWhileAsking(core, 'lying.docx', file);
      // The 1 KB that is unpacked is not a Word document: refused as damaged, not after unpacking 300 MB.
      expect(result).toMatchObject({ ok: false, error: { importRefusal: { code: 'damaged' } } });
    },
    HOSTILE_TEST_MS,
  );

  it(
    'refuses a .docx with more runs than the run limit',
    async () => {
      const { result } = await importWhileAsking(core, 'runs.docx', await docxWithBody(manyRuns(MAX_DOCX_RUNS + 1)));
      expect(result).toMatchObject({ ok: false, error: { importRefusal: { code: 'tooManyRuns', limit: MAX_DOCX_RUNS } } });
    },
    HOSTILE_TEST_MS,
  );
});

describe('a file within the counts that the parser still chokes on', () => {
  it(
    'is stopped at the memory cap of the worker, naming the limit',
    async () => {
      // 150,000 runs in one paragraph pass the counts; mammoth needs about 600 MB for them.
      const runner = createWorkerThreadRunner(jobContract, { entry: appWorkerEntry(), timeLimitMs: 150_000, memoryLimitMb: 128 });
      const outcome = await runner.run('import.readFile', { fileName: 'runs.docx', bytes: await docxWithBody(manyRuns(150_000)) });
      expect(outcome).toEqual({ ok: false, refusal: { limit: 'memory', memoryLimitMb: 128 } });
    },
    HOSTILE_TEST_MS,
  );
});
