import type { ImportProgress, ImportRefusal } from '../../../shared/domain/import-refusal';
import type { AppJobContract } from '../../../shared/workers/job-contract';
import type { JobRefusal, JobRunner } from '../../workers/job-runner';
import { importRefusedError } from './import-error';

/**
 * The one way files become report text, whatever the entry point (library import, revised version,
 * drag and drop): read in a capped worker, so that a hostile file is refused without freezing or
 * crashing the app. An import with an id can be followed (progress) and cancelled while it runs.
 */
/** One import being followed: what it reports is what `progress` answers; a cancel aborts `signal`. */
export interface ImportActivity {
  readonly signal: AbortSignal;
  report(progress: Omit<ImportProgress, 'elapsedMs'>): void;
}

export interface ImportFiles {
  /** The file's text; throws a DomainError (INVALID_INPUT, with the refusal) when it cannot be imported. */
  read(fileName: string, bytes: Uint8Array, importId?: string): Promise<{ text: string; format: string }>;
  /** The same reading, as one step of a longer import that `follow` tracks (a revision re-anchors after it). */
  readFollowed(fileName: string, bytes: Uint8Array, activity: ImportActivity): Promise<{ text: string; format: string }>;
  /**
   * Runs `work` as the import with this id: progress and cancel reach it until it ends. Without an
   * id the work still gets an activity, which nobody can follow or cancel.
   */
  follow<T>(importId: string | undefined, work: (activity: ImportActivity) => Promise<T>): Promise<T>;
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
  const files: ImportFiles = {
    read: (fileName, bytes, importId) => files.follow(importId, (activity) => files.readFollowed(fileName, bytes, activity)),
    async readFollowed(fileName, bytes, activity) {
      const outcome = await runner.run(
        'import.readFile',
        { fileName, bytes },
        {
          signal: activity.signal,
          onProgress: ({ stage, done, total }) => {
            if (stage === 'decoding' || stage === 'checking' || stage === 'parsing') activity.report({ stage, done, total });
          },
        },
      );
      if (outcome.ok) return outcome.output;
      throw asError(fileName, outcome.refusal);
    },
    async follow(importId, work) {
      const controller = new AbortController();
      const entry: RunningImport = { controller, startedAt: now(), progress: { stage: 'starting', done: 0, total: null } };
      // A second import with an id still in use is refused, not merged into the first.
      if (importId !== undefined && running.has(importId)) throw new Error(`import ${importId} is already running`);
      if (importId !== undefined) running.set(importId, entry);
      try {
        return await work({ signal: controller.signal, report: (progress) => (entry.progress = progress) });
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
  return files;
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
