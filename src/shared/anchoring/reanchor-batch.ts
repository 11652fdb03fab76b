/**
 * Re-anchoring every annotation of a document on its revised version: one pure function, run in a
 * worker by the main process (so the app keeps answering) and directly by tests and the bench.
 * Offsets are carried along with the paragraphs both versions share (position-hints.ts); every
 * annotation gets the same bounded amount of search work and is orphaned, never dropped, when its
 * quote is not found within it; progress is reported as annotations are done.
 */
import type { AnchorStatus, AnnotationTarget } from '../domain/annotation';
import { reanchorTarget } from './anchor';
import type { DocumentText } from './document-text';
import { DEFAULT_SEARCH_STEPS } from './fuzzy-search';
import { positionHints } from './position-hints';

export interface ReanchorJob {
  targets: readonly AnnotationTarget[];
  /** The revised version's text. */
  next: DocumentText;
  /** The version the targets were anchored on, when known: it makes the expected positions exact. */
  previous?: DocumentText;
  /** Search work allowed per annotation (see DEFAULT_SEARCH_STEPS). */
  searchSteps?: number;
}

export interface ReanchorProgress {
  done: number;
  total: number;
}

export type Reanchored = { status: AnchorStatus; target: AnnotationTarget };

/** Progress is reported at most this often (annotations), and once at the end. */
export const PROGRESS_EVERY = 20;

export function reanchorAll(job: ReanchorJob, onProgress?: (progress: ReanchorProgress) => void): Reanchored[] {
  const hints = job.previous ? positionHints(job.previous, job.next) : undefined;
  const options = { hints, searchSteps: job.searchSteps ?? DEFAULT_SEARCH_STEPS };
  const total = job.targets.length;
  const results: Reanchored[] = [];
  for (const target of job.targets) {
    results.push(reanchorTarget(target, job.next, options));
    if (onProgress && (results.length % PROGRESS_EVERY === 0 || results.length === total)) onProgress({ done: results.length, total });
  }
  return results;
}
