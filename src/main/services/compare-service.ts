import { compareDocuments } from '../../shared/compare/compare-documents';
import type { ApiService } from '../../shared/contract/api-contract';
import type { AppJobContract } from '../../shared/workers/job-contract';
import { AnnotationSchema } from '../../shared/domain/annotation';
import type { Store } from '../storage/store';
import { storedRecord } from '../storage/stored-record';
import type { DocumentService } from './document-service';
import { DomainError } from './domain-error';
import type { Documents } from './documents';
import type { JobRunner } from '../workers/job-runner';

/** A comparison of the largest documents takes a few seconds in the worker; one stopped after this is refused. */
const COMPARE_TIME_LIMIT_MS = 60_000;

/**
 * The `compare.*` methods: two versions of a document side by side, with what became of its
 * annotations (in the capped worker: on a large document it takes seconds, and the app keeps
 * answering meanwhile), or two documents by section (both read only); and the review's one
 * decision that is not an annotation's placement: keeping an orphan as it is.
 */
export function createCompareService(deps: {
  store: Store;
  documents: Documents;
  document: Pick<DocumentService, 'getVersion'>;
  clock: () => Date;
  jobs: JobRunner<AppJobContract>;
}) {
  const { store, documents, clock } = deps;
  const currentVersion = (documentId: string) => documents.require(documentId).previousVersions.length + 1;
  return {
    async versions({ documentId, from, to }) {
      const doc = documents.require(documentId);
      const current = currentVersion(documentId);
      const newer = to ?? current;
      const older = from ?? Math.max(1, newer - 1);
      for (const version of [older, newer]) {
        if (version > current) throw new DomainError('NOT_FOUND', 'document.noVersion', { title: doc.title, version, current });
      }
      // The current version as the reader shows it (with the deputy's heading corrections).
      const outlineOf = (version: number) =>
        version === current ? documents.get(documentId).outline : deps.document.getVersion({ documentId, version }).outline;
      const outcome = await deps.jobs.run(
        'compare.versions',
        {
          documentId,
          title: doc.title,
          from: { version: older, current: older === current, outline: outlineOf(older) },
          to: { version: newer, current: newer === current, outline: outlineOf(newer) },
          annotations: store.data.annotations.filter((a) => a.documentId === documentId && a.deletedAt === null),
        },
        { timeLimitMs: COMPARE_TIME_LIMIT_MS },
      );
      if (outcome.ok) return outcome.output;
      const { refusal } = outcome;
      // Nothing is stored by a comparison: a stopped one changes nothing.
      if (refusal.limit === 'time')
        throw new DomainError('INVALID_INPUT', 'compare.tooSlow', { title: doc.title, seconds: Math.round(refusal.timeLimitMs / 1000) });
      if (refusal.limit === 'memory')
        throw new DomainError('INVALID_INPUT', 'compare.tooLarge', { title: doc.title, mb: refusal.memoryLimitMb });
      // A crashed worker, or a refusal the comparison job never makes: a bug, logged as one.
      const why = refusal.limit === 'crashed' ? refusal.message : refusal.limit;
      throw new Error(`the comparison of "${doc.title}" was stopped (${why})`);
    },
    documents({ fromId, toId }) {
      if (fromId === toId) throw new DomainError('INVALID_INPUT', 'compare.sameDocument');
      return compareDocuments(documents.get(fromId).outline, documents.get(toId).outline);
    },
    async keepOrphan({ annotationId, keep }) {
      const annotation = store.data.annotations.find((a) => a.id === annotationId && a.deletedAt === null);
      if (!annotation) throw new DomainError('NOT_FOUND', 'annotation.notFound');
      if (keep && annotation.status !== 'orphaned') {
        throw new DomainError('CONFLICT', 'compare.notOrphaned');
      }
      const at = clock().toISOString();
      const orphanKept = keep ? { at, version: currentVersion(annotation.documentId) } : null;
      return store.update((data) => {
        const index = data.annotations.findIndex((a) => a.id === annotationId);
        const next = storedRecord(AnnotationSchema, { ...annotation, orphanKept, updatedAt: at });
        data.annotations[index] = next;
        return next;
      });
    },
  } satisfies ApiService<'compare'>;
}
