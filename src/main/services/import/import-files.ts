import type { ImportProgress, ImportRefusal } from '../../../shared/domain/import-refusal';
import type { AppJobContract } from '../../../shared/workers/job-contract';
import type { JobRefusal, JobRunner } from '../../workers/job-runner';
import { importRefusedError } from './import-error';

/**
 * The one way files become report text, whatever the entry point (library import, revised version,
 * drag and drop): read in a capped worker, so that a hostile file is refused without freezing or
 * crashing the app. An import with an id can be followed (progress) and cancelled while it runs.
 */
export interface ImportFiles {
  /** The file's text; throws a DomainError (INVALID_INPUT, with the refusal) when it cannot be imported. */
  read(fileName: string, bytes: Uint8Array, importId?: string): Promise<{ text: string; format: string }>;
  /** Null when no import with this id is running (not started yet, finished or cancelled). */
  progress(importId: string): ImportProgress | null;
  /** True when an import with this id was running and is now stopped. */
  cancel(importId: string): boolean;
  /** Starts a worker ahead of the first import (the web host does at start). */
  prepare(): void;
}

interface RunningImport {
  controller: AbortController;
  startedAt: number;
  progress: Omit<ImportProgress, 'elapsedMs'>;
}

export function createImportFiles(runner: JobRunner<AppJobContract>, now: () => number = Date.now): ImportFiles {
  const running = new Map<string, RunningImport>();
  return {
    async read(fileName, bytes, importId) {
      const controller = new AbortController();
      const entry: RunningImport = { controller, startedAt: now(), progress: { stage: 'starting', done: 0, total: null } };
      // A second import with an id still in use is refused, not merged into the first.
      if (importId !== undefined && running.has(importId)) throw new Error(`import ${importId} is already running`);
      if (importId !== undefined) running.set(importId, entry);
      try {
        const outcome = await runner.run(
          'import.readFile',
          { fileName, bytes },
          {
            signal: controller.signal,
            onProgress: ({ stage, done, total }) => {
              if (stage === 'decoding' || stage === 'checking' || stage === 'parsing') entry.progress = { stage, done, total };
            },
          },
        );
        if (outcome.ok) return outcome.output;
        throw asError(fileName, outcome.refusal);
      } finally {
        if (importId !== undefined) running.delete(importId);
      }
    },
    progress(importId) {
      const entry = running.get(importId);
      return entry ? { ...entry.progress, elapsedMs: Math.max(0, Math.round(now() - entry.startedAt)) } : null;
    },
    prepare: () => runner.prepare(),
    cancel(importId) {
      const entry = running.get(importId);
      entry?.controller.abort();
      return entry !== undefined;
    },
  };
}

function asError(fileName: string, refusal: JobRefusal<ImportRefusal>): Error {
  switch (refusal.limit) {
    case 'job':
      return importRefusedError(fileName, refusal.reason);
    case 'memory':
      return importRefusedError(fileName, { code: 'memory', limit: refusal.memoryLimitMb });
    case 'time':
      return importRefusedError(fileName, { code: 'time', limit: refusal.timeLimitMs });
    case 'cancelled':
      return importRefusedError(fileName, { code: 'cancelled' });
    case 'crashed':
      return new Error(`reading "${fileName}" failed: ${refusal.message}`);
  }
}
