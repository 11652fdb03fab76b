/**
 * Runs re-anchoring (reanchor-worker.ts) in a worker thread with a memory cap and a time limit, so
 * that a revision that rewrites most of a report never blocks the app: the main event loop only
 * relays progress. The built app runs out/main/reanchor-worker.js (an entry of electron.vite.config.ts,
 * next to the bundle that imports this); from source (vitest, tsx) the .ts entry runs through tsx.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReanchorJob, ReanchorProgress, Reanchored } from '../../shared/anchoring/reanchor-batch';
import { ReanchorWorkerMessageSchema } from '../../shared/anchoring/reanchor-messages';

/** Old-generation heap of the worker: a report and its annotations need a few tens of MB. */
export const REANCHOR_WORKER_MEMORY_MB = 512;
/** Per annotation on top of a fixed allowance; the per-annotation search budget keeps real runs far below. */
const TIME_LIMIT_BASE_MS = 60_000;
const TIME_LIMIT_PER_ANNOTATION_MS = 100;

export interface ReanchorRunOptions {
  onProgress?: (progress: ReanchorProgress) => void;
  timeLimitMs?: number;
}

function startWorker(job: ReanchorJob): Worker {
  const here = fileURLToPath(import.meta.url);
  const fromSource = here.endsWith('.ts');
  // Built, this code may sit in a shared chunk (out/main/chunks/) one folder below the entries.
  const entry = fromSource
    ? join(dirname(here), 'reanchor-worker.ts')
    : ([join(dirname(here), 'reanchor-worker.js'), join(dirname(here), '..', 'reanchor-worker.js')].find((path) => existsSync(path)) ?? 'reanchor-worker.js');
  const options = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: REANCHOR_WORKER_MEMORY_MB } };
  if (!fromSource) return new Worker(entry, options);
  // Node 20 ignores `--import tsx` in a worker's execArgv: register tsx inside the worker first.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

export function reanchorInWorker(job: ReanchorJob, options: ReanchorRunOptions = {}): Promise<Reanchored[]> {
  const timeLimitMs = options.timeLimitMs ?? TIME_LIMIT_BASE_MS + TIME_LIMIT_PER_ANNOTATION_MS * job.targets.length;
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`Re-anchoring took longer than ${Math.round(timeLimitMs / 1000)} s and was stopped.`))), timeLimitMs);
    worker.on('message', (raw: unknown) => {
      const parsed = ReanchorWorkerMessageSchema.safeParse(raw);
      if (!parsed.success) return finish(() => reject(new Error('The re-anchoring worker sent a malformed message.')));
      const message = parsed.data;
      if (message.type === 'progress') options.onProgress?.({ done: message.done, total: message.total });
      else if (message.type === 'failed') finish(() => reject(new Error(`Re-anchoring failed: ${message.message}`)));
      else if (message.results.length !== job.targets.length) finish(() => reject(new Error('The re-anchoring worker lost annotations.')));
      else finish(() => resolve(message.results));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`The re-anchoring worker stopped (exit code ${code}).`))));
  });
}
