/**
 * Worker thread entry: re-anchors the annotations of a revision (src/shared/anchoring/reanchor-batch.ts)
 * off the main event loop, posting progress as it goes and the results at the end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { reanchorAll } from '../../shared/anchoring/reanchor-batch';
import { ReanchorJobSchema, type ReanchorWorkerMessage } from '../../shared/anchoring/reanchor-messages';

const post = (message: ReanchorWorkerMessage) => parentPort!.postMessage(message);

try {
  const job = ReanchorJobSchema.parse(workerData);
  const results = reanchorAll(job, ({ done, total }) => post({ type: 'progress', done, total }));
  post({ type: 'done', results });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
