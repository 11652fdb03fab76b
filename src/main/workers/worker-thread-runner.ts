import { Worker } from 'node:worker_threads';
import { WorkerMessageSchema, type JobContract } from '../../shared/workers/worker-protocol';
import type { JobOutcome, JobRefusal, JobRunner, RunOptions } from './job-runner';
import type { WorkerEntry } from './worker-entry';

export interface WorkerThreadRunnerOptions {
  /** The worker script, or how to find it (looked up when the first worker starts, not before). */
  entry: WorkerEntry | (() => WorkerEntry);
  /** Defaults for every run (a run may override them). */
  timeLimitMs: number;
  memoryLimitMb: number;
}

/**
 * JobRunner on Node worker threads: one fresh worker per job, so that whatever a job allocates is
 * freed when it ends and a job that hits a limit can simply be terminated. The heap cap is V8's
 * `resourceLimits` (the worker, not the process, runs out of memory); the time limit and
 * cancellation terminate the worker. After a job, a spare worker is started (and loads its
 * modules) for the next one, which then starts at once; an idle spare does not keep the process alive.
 */
export function createWorkerThreadRunner<C extends JobContract>(contract: C, options: WorkerThreadRunnerOptions): JobRunner<C> {
  let entry: WorkerEntry | null = typeof options.entry === 'function' ? null : options.entry;
  const entryOf = (): WorkerEntry => (entry ??= typeof options.entry === 'function' ? options.entry() : options.entry);
  const spawn = (memoryLimitMb: number): Worker =>
    new Worker(entryOf().script, {
      eval: entryOf().eval,
      resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, memoryLimitMb / 8)) },
      stdout: false,
      stderr: false,
    });
  let spare: Worker | null = null;
  const startSpare = (): void => {
    if (spare) return;
    const worker = spawn(options.memoryLimitMb);
    worker.unref();
    const forget = (): void => {
      if (spare === worker) spare = null;
    };
    worker.once('exit', forget);
    worker.once('error', forget);
    spare = worker;
  };
  const takeWorker = (memoryLimitMb: number): Worker => {
    const worker = memoryLimitMb === options.memoryLimitMb ? spare : null;
    if (!worker) return spawn(memoryLimitMb);
    spare = null;
    worker.ref();
    return worker;
  };

  return {
    prepare: startSpare,
    run(job, input, runOptions: RunOptions = {}) {
      type Outcome = JobOutcome<C, typeof job>;
      const spec = contract[job]!;
      const timeLimitMs = runOptions.timeLimitMs ?? options.timeLimitMs;
      const memoryLimitMb = runOptions.memoryLimitMb ?? options.memoryLimitMb;
      const { signal, onProgress } = runOptions;
      if (signal?.aborted) return Promise.resolve({ ok: false, refusal: { limit: 'cancelled' } });

      return new Promise<Outcome>((resolve) => {
        const request = { job, input: spec.input.parse(input) };
        const worker = takeWorker(memoryLimitMb);
        let settled = false;
        const finish = (outcome: Outcome): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          void worker.terminate();
          startSpare();
          resolve(outcome);
        };
        const refuse = (refusal: JobRefusal<never>): void => finish({ ok: false, refusal });
        const onAbort = (): void => refuse({ limit: 'cancelled' });
        const timer = setTimeout(() => refuse({ limit: 'time', timeLimitMs }), timeLimitMs);
        signal?.addEventListener('abort', onAbort, { once: true });

        worker.on('message', (raw: unknown) => {
          const message = WorkerMessageSchema.safeParse(raw);
          if (!message.success) return refuse({ limit: 'crashed', message: 'the worker sent a malformed message' });
          const m = message.data;
          if (m.type === 'progress') {
            if (!settled) onProgress?.(m.progress);
            return;
          }
          if (m.type === 'failed') return refuse({ limit: 'crashed', message: m.message });
          if (m.type === 'refused') {
            const reason = spec.refusal.safeParse(m.reason);
            return reason.success
              ? finish({ ok: false, refusal: { limit: 'job', reason: reason.data as never } })
              : refuse({ limit: 'crashed', message: `${job} refused with a malformed reason` });
          }
          const output = spec.output.safeParse(m.output);
          if (output.success) finish({ ok: true, output: output.data as never });
          else refuse({ limit: 'crashed', message: `${job} answered a malformed result` });
        });
        worker.on('error', (error: Error & { code?: string }) => {
          if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') refuse({ limit: 'memory', memoryLimitMb });
          else refuse({ limit: 'crashed', message: error.message });
        });
        worker.on('exit', (code) => refuse({ limit: 'crashed', message: `the worker stopped (exit code ${code}) without an answer` }));
        worker.postMessage(request);
      });
    },
  };
}
