/** The entry of every capped job worker (built as out/main/job-worker.js; see worker-entry.ts). */
import { jobContract } from '../../shared/workers/job-contract';
import { appJobHandlers } from './app-jobs';
import { serveJob } from './serve-jobs';

void serveJob(jobContract, appJobHandlers);
