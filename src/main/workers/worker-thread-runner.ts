import { Worker } from 'node:worker_threads';
import type { JobContract } from '../../shared/workers/worker-protocol';
import type { JobRunner, RunOptions } from './job-runner';
import { runOnHost, type JobHost } from './job-session';
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
    run: (job, input, runOptions: RunOptions = {}) =>
      runOnHost(contract, job, input, options, runOptions, (limits) => threadHost(takeWorker(limits.memoryLimitMb)), startSpare),
  };
}

function threadHost(worker: Worker): JobHost {
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => void worker.on('message', listener),
    onEnd: (listener) => {
      worker.on('error', (error: Error & { code?: string }) =>
        listener(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'memory' } : { kind: 'crashed', message: error.message }),
      );
      worker.on('exit', (code) => listener({ kind: 'crashed', message: `the worker stopped (exit code ${code}) without an answer` }));
    },
    stop: () => void worker.terminate(),
  };
}
