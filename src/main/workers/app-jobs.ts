import { reanchorAll } from '../../shared/anchoring/reanchor-batch';
import { compareVersions } from '../../shared/compare/compare-versions';
import type { AppJobContract } from '../../shared/workers/job-contract';
import { readReportFile } from '../services/import/read-report-file';
import type { JobHandlers } from './serve-jobs';

/** The worker side of every job in the job contract. */
export const appJobHandlers: JobHandlers<AppJobContract> = {
  'import.readFile': ({ fileName, bytes }, context) => readReportFile(fileName, bytes, context),
  'anchor.reanchor': (job, context) => reanchorAll(job, ({ done, total }) => context.progress({ stage: 'reanchoring', done, total })),
  'compare.versions': (job) => compareVersions(job),
};
