import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { forkNodeUtility } from '../test-support/node-utility-process';
import type { JobRunner } from './job-runner';
import { testJobContract } from './test-support/test-jobs';
import { createUtilityProcessRunner } from './utility-process-runner';
import { typeScriptEntry } from './worker-entry';
import { createWorkerThreadRunner } from './worker-thread-runner';

const entry = typeScriptEntry(new URL('./test-support/test-jobs.worker.ts', import.meta.url));
const scriptPath = (): string => (typeof entry.script === 'string' ? entry.script : fileURLToPath(entry.script));

/** Both ways the app runs jobs — worker threads (web host) and utility processes (desktop app, here on a Node stand-in) — keep the same promises. */
const runners: [string, JobRunner<typeof testJobContract>][] = [
  ['worker threads', createWorkerThreadRunner(testJobContract, { entry, timeLimitMs: 60_000, memoryLimitMb: 64 })],
  [
    'utility processes',
    createUtilityProcessRunner(testJobContract, { fork: forkNodeUtility, script: scriptPath, timeLimitMs: 60_000, memoryLimitMb: 64 }),
  ],
];

describe.each(runners)('the capped job runner on %s', (_name, runner) => {
  it('answers the typed result and passes on progress', async () => {
    const seen: number[] = [];
    const outcome = await runner.run('test.count', { to: 3 }, { onProgress: (p) => seen.push(p.done) });
    expect(outcome).toEqual({ ok: true, output: { counted: 3 } });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('ends a job that runs past its time limit and names the limit', async () => {
    const started = Date.now();
    const outcome = await runner.run('test.spin', {}, { timeLimitMs: 1500 });
    expect(outcome).toEqual({ ok: false, refusal: { limit: 'time', timeLimitMs: 1500 } });
    // The limit is a bound, not a wait: the loop would never end by itself.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('ends a job that outgrows its memory cap, without taking the process down', async () => {
    const outcome = await runner.run('test.allocate', {}, { memoryLimitMb: 32 });
    expect(outcome).toEqual({ ok: false, refusal: { limit: 'memory', memoryLimitMb: 32 } });
    // This process is still here and can run the next job.
    expect(await runner.run('test.count', { to: 1 })).toMatchObject({ ok: true });
  });

  it('stops a job when its signal aborts', async () => {
    const controller = new AbortController();
    const running = runner.run('test.spin', {}, { signal: controller.signal });
    controller.abort();
    expect(await running).toEqual({ ok: false, refusal: { limit: 'cancelled' } });
    expect(await runner.run('test.spin', {}, { signal: controller.signal })).toEqual({ ok: false, refusal: { limit: 'cancelled' } });
  });

  it("passes on a job's own typed refusal", async () => {
    expect(await runner.run('test.refuse', { limit: 200_000 })).toEqual({
      ok: false,
      refusal: { limit: 'job', reason: { code: 'tooMany', limit: 200_000 } },
    });
  });

  it('reports a failing job and an answer that breaks its schema as crashes, never as results', async () => {
    expect(await runner.run('test.throw', {})).toEqual({ ok: false, refusal: { limit: 'crashed', message: 'a bug in the job' } });
    expect(await runner.run('test.lie', {})).toEqual({
      ok: false,
      refusal: { limit: 'crashed', message: 'test.lie answered a malformed result' },
    });
  });
});
