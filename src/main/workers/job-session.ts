import type { z } from 'zod';
import { WorkerMessageSchema, type JobContract, type JobSpec } from '../../shared/workers/worker-protocol';
import type { JobOutcome, JobRefusal, RunOptions } from './job-runner';

/** Where one job runs (a worker thread, a utility process, a child process), as the runner sees it. */
export interface JobHost {
  post(message: unknown): void;
  onMessage(listener: (raw: unknown) => void): void;
  /** The host ended without an answer: out of memory, or for another reason (a bug, a crash). */
  onEnd(listener: (ending: { kind: 'memory' } | { kind: 'crashed'; message: string }) => void): void;
  stop(): void;
}

/** A run's limits: the runner's defaults unless the run overrides them. */
export function limitsOf(defaults: { timeLimitMs: number; memoryLimitMb: number }, run: RunOptions) {
  return {
    timeLimitMs: run.timeLimitMs ?? defaults.timeLimitMs,
    memoryLimitMb: run.memoryLimitMb ?? defaults.memoryLimitMb,
    signal: run.signal,
    onProgress: run.onProgress,
  };
}

export type SessionOutcome = { ok: true; output: unknown } | { ok: false; refusal: JobRefusal<unknown> };

/**
 * One job on one host, to its one outcome: the answer (validated against the job's output schema),
 * the job's own refusal (validated too), or the limit it hit — time, memory, cancellation — or a
 * crash. The host is stopped when the outcome is known; `afterJob` then runs (e.g. to start a spare).
 */
export function runJobSession(
  host: JobHost,
  job: string,
  spec: JobSpec,
  input: unknown,
  limits: { timeLimitMs: number; memoryLimitMb: number } & Pick<RunOptions, 'signal' | 'onProgress'>,
  afterJob: () => void = () => {},
): Promise<SessionOutcome> {
  const { timeLimitMs, memoryLimitMb, signal, onProgress } = limits;
  return new Promise<SessionOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: SessionOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      host.stop();
      afterJob();
      resolve(outcome);
    };
    const refuse = (refusal: JobRefusal<unknown>): void => finish({ ok: false, refusal });
    const onAbort = (): void => refuse({ limit: 'cancelled' });
    const timer = setTimeout(() => refuse({ limit: 'time', timeLimitMs }), timeLimitMs);
    signal?.addEventListener('abort', onAbort, { once: true });

    host.onMessage((raw) => {
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
          ? finish({ ok: false, refusal: { limit: 'job', reason: reason.data } })
          : refuse({ limit: 'crashed', message: `${job} refused with a malformed reason` });
      }
      const output = spec.output.safeParse(m.output);
      if (output.success) finish({ ok: true, output: output.data });
      else refuse({ limit: 'crashed', message: `${job} answered a malformed result` });
    });
    host.onEnd((ending) =>
      refuse(ending.kind === 'memory' ? { limit: 'memory', memoryLimitMb } : { limit: 'crashed', message: ending.message }),
    );
    host.post({ job, input });
  });
}

/**
 * One run of a runner: the job's spec, the run's limits, a cancelled signal answered at once, the
 * input validated, then the session on the host `openHost` gives for those limits.
 */
export function runOnHost<C extends JobContract, J extends keyof C & string>(
  contract: C,
  job: J,
  input: z.input<C[J]['input']>,
  defaults: { timeLimitMs: number; memoryLimitMb: number },
  runOptions: RunOptions,
  openHost: (limits: { memoryLimitMb: number }) => JobHost,
  afterJob?: () => void,
): Promise<JobOutcome<C, J>> {
  const spec = contract[job];
  if (!spec) throw new Error(`no job named ${job}`);
  const limits = limitsOf(defaults, runOptions);
  if (limits.signal?.aborted) return Promise.resolve({ ok: false, refusal: { limit: 'cancelled' } });
  const parsed: unknown = spec.input.parse(input);
  // The session validated the output and the refusal against this job's schemas.
  return runJobSession(openHost(limits), job, spec, parsed, limits, afterJob) as Promise<JobOutcome<C, J>>;
}
