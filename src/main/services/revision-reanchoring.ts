/**
 * The re-anchoring step of importing a revision, arranged so that the event loop is never held for
 * long: the search runs in a capped worker (the job runner, job 'anchor.reanchor'); the new records are then validated a
 * few hundred at a time between turns of the event loop; and what is left for the one synchronous
 * store change is swapping records. An annotation created, moved or edited while this ran is
 * re-anchored at that moment instead, from its record as it is then (a handful at most).
 */
import { reanchorTarget } from '../../shared/anchoring/anchor';
import type { DocumentText } from '../../shared/anchoring/document-text';
import { positionHints } from '../../shared/anchoring/position-hints';
import type { ReanchorJob, ReanchorProgress, Reanchored } from '../../shared/anchoring/reanchor-batch';
import { AnnotationSchema, type Annotation, type AnnotationTarget } from '../../shared/domain/annotation';
import type { AppJobContract } from '../../shared/workers/job-contract';
import type { Store } from '../storage/store';
import { storedRecord } from '../storage/stored-record';
import type { JobRunner } from '../workers/job-runner';
import { DomainError } from './domain-error';
import { importRefusedError, REVISED_VERSION } from './import/import-error';

/**
 * Re-anchors a batch of annotations; by default in a worker thread, so the app keeps answering.
 * An aborted `signal` stops it with the import's "cancelled" refusal, before anything is changed.
 */
export type Reanchorer = (
  job: ReanchorJob,
  onProgress: (progress: ReanchorProgress) => void,
  signal?: AbortSignal,
) => Promise<Reanchored[]>;

/** A fixed allowance plus this per annotation; the per-annotation search budget keeps real runs far below. */
const TIME_LIMIT_BASE_MS = 60_000;
const TIME_LIMIT_PER_ANNOTATION_MS = 100;

/** Re-anchoring as a job of the app's capped worker runner. */
export function jobReanchorer(jobs: JobRunner<AppJobContract>): Reanchorer {
  return async (job, onProgress, signal) => {
    const timeLimitMs = TIME_LIMIT_BASE_MS + TIME_LIMIT_PER_ANNOTATION_MS * job.targets.length;
    const outcome = await jobs.run(
      'anchor.reanchor',
      { ...job, targets: [...job.targets] },
      { timeLimitMs, signal, onProgress: ({ done, total }) => onProgress({ done, total: total ?? job.targets.length }) },
    );
    if (outcome.ok) {
      if (outcome.output.length !== job.targets.length) throw new Error('re-anchoring answered for fewer annotations than it was given');
      return outcome.output;
    }
    const { refusal } = outcome;
    if (refusal.limit === 'cancelled') throw importRefusedError(REVISED_VERSION, { code: 'cancelled' });
    // Nothing has been changed yet: the document keeps its current version and its annotations.
    if (refusal.limit === 'time')
      throw new DomainError('INVALID_INPUT', 'document.reanchorTooSlow', { seconds: Math.round(refusal.timeLimitMs / 1000) });
    if (refusal.limit === 'memory') throw new DomainError('INVALID_INPUT', 'document.reanchorTooLarge', { mb: refusal.memoryLimitMb });
    // A crashed worker, or a refusal the re-anchoring job never makes: a bug, logged as one.
    const why = refusal.limit === 'crashed' ? refusal.message : refusal.limit;
    throw new Error(`re-anchoring the annotations was stopped (${why}); the revised version was not imported`);
  };
}

/** Records validated per turn of the event loop (~0.1 ms each, more on a loaded machine). */
const RECORDS_PER_TURN = 200;

const sameTarget = (a: AnnotationTarget, b: AnnotationTarget) =>
  a.paragraphId === b.paragraphId && a.position.start === b.position.start && a.position.end === b.position.end;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Re-anchors every annotation of the document (deleted ones too, so that undo still places them)
 * and returns the function that, inside the store change, gives each annotation's new record.
 */
export async function reanchorDocumentAnnotations(deps: {
  store: Store;
  reanchor: Reanchorer;
  documentId: string;
  previous: DocumentText;
  next: DocumentText;
  onProgress?: (progress: ReanchorProgress) => void;
  signal?: AbortSignal;
}): Promise<(annotation: Annotation) => Annotation> {
  const { store, documentId, previous, next } = deps;
  const snapshot = store.data.annotations.filter((a) => a.documentId === documentId);
  const results = await deps.reanchor(
    { targets: snapshot.map((a) => a.target), next, previous },
    deps.onProgress ?? (() => {}),
    deps.signal,
  );
  // Keyed by the record object: records are frozen and replaced on every change, so a record that is
  // still the same object was not touched while the worker ran.
  const replacements = new Map<Annotation, Annotation>();
  for (let i = 0; i < snapshot.length; i++) {
    const before = snapshot[i]!;
    const { status, target } = results[i]!;
    const unchanged = before.status === status && sameTarget(before.target, target);
    replacements.set(before, unchanged ? before : storedRecord(AnnotationSchema, { ...before, target, status }));
    if (i % RECORDS_PER_TURN === RECORDS_PER_TURN - 1) await nextTurn();
  }
  const hints = positionHints(previous, next);
  return (annotation) => {
    if (annotation.documentId !== documentId) return annotation;
    const replacement = replacements.get(annotation);
    if (replacement) return replacement;
    const { status, target } = reanchorTarget(annotation.target, next, { hints });
    return storedRecord(AnnotationSchema, { ...annotation, target, status });
  };
}
