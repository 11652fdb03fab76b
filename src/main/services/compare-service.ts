import { compareSections } from '../../shared/compare/compare-sections';
import { compareVersions } from '../../shared/compare/compare-versions';
import type { ApiService } from '../../shared/contract/api-contract';
import type { Store } from '../storage/store';
import type { DocumentService } from './document-service';
import { DomainError } from './domain-error';
import type { Documents } from './documents';

/** The `compare.*` methods: two versions of a document side by side, with what became of its annotations, or two documents by section (read only). */
export function createCompareService(deps: { store: Store; documents: Documents; document: Pick<DocumentService, 'getVersion'> }) {
  const { store, documents } = deps;
  return {
    versions({ documentId, from, to }) {
      const doc = documents.require(documentId);
      const current = doc.previousVersions.length + 1;
      const newer = to ?? current;
      const older = from ?? Math.max(1, newer - 1);
      for (const version of [older, newer]) {
        if (version > current) throw new DomainError('NOT_FOUND', 'document.noVersion', { title: doc.title, version, current });
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
    documents: ({ fromId, toId }) => ({ sections: compareSections(documents.get(fromId).outline, documents.get(toId).outline) }),
  } satisfies ApiService<'compare'>;
}
