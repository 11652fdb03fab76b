import type { JobContract } from '../../shared/workers/worker-protocol';
import type { JobRunner, RunOptions } from './job-runner';
import { runOnHost, type JobHost } from './job-session';

/** Electron's UtilityProcess, as much of it as the runner uses (typed here so it can be stood in for). */
export interface UtilityChild {
  postMessage(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number) => void): void;
  /** A V8 fatal error (out of memory among them): Electron names its type and source location. */
  onError(listener: (type: string, location: string) => void): void;
  kill(): boolean;
}
export type ForkUtility = (modulePath: string, options: { execArgv: string[]; serviceName: string }) => UtilityChild;

export interface UtilityProcessRunnerOptions {
  fork: ForkUtility;
  /** The job worker's script (looked up when the first job starts). */
  script: () => string;
  timeLimitMs: number;
  memoryLimitMb: number;
}

/** V8's words for running out of heap, as they appear in the fatal error's location. */
const OUT_OF_MEMORY = /heap limit|heap out of memory|allocation failed|out of memory/i;

/**
 * JobRunner on Electron utility processes (the desktop app): one process per job, its heap capped
 * with `--max-old-space-size`, killed at the time limit or on cancel. A hostile file can exhaust or
 * crash that process only; the window and the main process carry on.
 */
export function createUtilityProcessRunner<C extends JobContract>(contract: C, options: UtilityProcessRunnerOptions): JobRunner<C> {
  return {
    prepare: () => {},
    run: (job, input, runOptions: RunOptions = {}) =>
      runOnHost(contract, job, input, options, runOptions, ({ memoryLimitMb }) =>
        utilityHost(
          options.fork(options.script(), { execArgv: [`--max-old-space-size=${memoryLimitMb}`], serviceName: 'Deputy Desk file reader' }),
        ),
      ),
  };
}

function utilityHost(child: UtilityChild): JobHost {
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) => child.onMessage(listener),
    onEnd: (listener) => {
      child.onError((type, location) =>
        listener(OUT_OF_MEMORY.test(location) ? { kind: 'memory' } : { kind: 'crashed', message: `${type}: ${location}` }),
      );
      child.onExit((code) => listener({ kind: 'crashed', message: `the file reader stopped (exit code ${code}) without an answer` }));
    },
    stop: () => void child.kill(),
  };
}
