import { compareDocuments } from '../../shared/compare/compare-documents';
import { compareVersions } from '../../shared/compare/compare-versions';
import type { ApiService } from '../../shared/contract/api-contract';
import { AnnotationSchema } from '../../shared/domain/annotation';
import type { Store } from '../storage/store';
import { storedRecord } from '../storage/stored-record';
import type { DocumentService } from './document-service';
import { DomainError } from './domain-error';
import type { Documents } from './documents';

/**
 * The `compare.*` methods: two versions of a document side by side, with what became of its
 * annotations, or two documents by section (both read only); and the review's one decision that is
 * not an annotation's placement: keeping an orphan as it is.
 */
export function createCompareService(deps: {
  store: Store;
  documents: Documents;
  document: Pick<DocumentService, 'getVersion'>;
  clock: () => Date;
}) {
  const { store, documents, clock } = deps;
  const currentVersion = (documentId: string) => documents.require(documentId).previousVersions.length + 1;
  return {
    versions({ documentId, from, to }) {
      const doc = documents.require(documentId);
      const current = currentVersion(documentId);
      const newer = to ?? current;
      const older = from ?? Math.max(1, newer - 1);
      for (const version of [older, newer]) {
        if (version > current) throw new DomainError('NOT_FOUND', `"${doc.title}" has no version ${version}: it has ${current}.`);
      }
      // The current version as the reader shows it (with the deputy's heading corrections).
      const outlineOf = (version: number) =>
        version === current ? documents.get(documentId).outline : deps.document.getVersion({ documentId, version }).outline;
      return compareVersions({
        documentId,
        title: doc.title,
        from: { version: older, current: older === current, outline: outlineOf(older) },
        to: { version: newer, current: newer === current, outline: outlineOf(newer) },
        annotations: store.data.annotations.filter((a) => a.documentId === documentId && a.deletedAt === null),
      });
    },
    documents({ fromId, toId }) {
      if (fromId === toId) throw new DomainError('INVALID_INPUT', 'Choose two different documents to compare.');
      return compareDocuments(documents.get(fromId).outline, documents.get(toId).outline);
    },
    async keepOrphan({ annotationId, keep }) {
      const annotation = store.data.annotations.find((a) => a.id === annotationId && a.deletedAt === null);
      if (!annotation) throw new DomainError('NOT_FOUND', 'There is no annotation with this id.');
      if (keep && annotation.status !== 'orphaned') {
        throw new DomainError('CONFLICT', 'This annotation is placed on the text: only an orphaned one can be kept as an orphan.');
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
