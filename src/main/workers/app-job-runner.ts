import { IMPORT_MEMORY_LIMIT_MB, IMPORT_TIME_LIMIT_MS } from '../../shared/domain/limits';
import { jobContract, type AppJobContract } from '../../shared/workers/job-contract';
import type { JobRunner } from './job-runner';
import { appWorkerEntry, type WorkerEntry } from './worker-entry';
import { createWorkerThreadRunner } from './worker-thread-runner';

/**
 * The runner for the app's jobs: worker threads (the web host and, until a utility process takes over,
 * Electron). The worker script is found when the first job starts, so a process that never parses a
 * file (the crash-test writer, the CLI tools) needs none.
 */
export function createAppJobRunner(entry: WorkerEntry | (() => WorkerEntry) = appWorkerEntry): JobRunner<AppJobContract> {
  return createWorkerThreadRunner(jobContract, { entry, timeLimitMs: IMPORT_TIME_LIMIT_MS, memoryLimitMb: IMPORT_MEMORY_LIMIT_MB });
}
