import type { z } from 'zod';
import type { JobContract, JobProgress } from '../../shared/workers/worker-protocol';

/**
 * Runs a named job away from the main event loop, under a memory cap and a time limit.
 *
 *   const outcome = await runner.run('import.readFile', { fileName, bytes }, { signal, onProgress });
 *   if (outcome.ok) use(outcome.output); else explain(outcome.refusal); // refusal.limit names the limit hit
 *
 * A job is a name in a job contract (src/shared/workers/job-contract.ts: input, output and refusal
 * schemas) and a handler on the worker side (src/main/workers/app-jobs.ts). To add one: add both,
 * nothing else. The runner never throws for a job's sake: every way a job can end is an outcome.
 * Today the implementation is a worker thread (worker-thread-runner.ts); in the desktop app it can
 * become an Electron utility process behind this same interface.
 */
export interface JobRunner<C extends JobContract> {
  run<J extends keyof C & string>(job: J, input: z.input<C[J]['input']>, options?: RunOptions): Promise<JobOutcome<C, J>>;
  /** Gets a worker ready ahead of the first job, so that it starts at once (optional; jobs run without it). */
  prepare(): void;
}

export interface RunOptions {
  /** Aborting stops the job at once (its worker is ended) and answers `{ limit: 'cancelled' }`. */
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
  /** Overrides the runner's defaults for this run. */
  timeLimitMs?: number;
  memoryLimitMb?: number;
}

export type JobOutcome<C extends JobContract, J extends keyof C> =
  { ok: true; output: z.output<C[J]['output']> } | { ok: false; refusal: JobRefusal<z.output<C[J]['refusal']>> };

/** Why a job gave no result, naming the limit it hit. */
export type JobRefusal<R> =
  | { limit: 'memory'; memoryLimitMb: number }
  | { limit: 'time'; timeLimitMs: number }
  | { limit: 'cancelled' }
  /** The job refused its input for a reason of its own (e.g. too many paragraphs). */
  | { limit: 'job'; reason: R }
  /** The worker failed or answered something invalid: a bug, reported as such. */
  | { limit: 'crashed'; message: string };
