import type { ApiService } from '../../shared/contract/api-contract';
import type { Store } from '../storage/store';
import type { Documents } from './documents';

/** The `reading.*` methods. */
export function createReadingService(deps: { store: Store; documents: Documents; clock: () => Date }) {
  const { store, documents, clock } = deps;
  return {
    getPosition({ documentId }) {
      documents.require(documentId);
      return store.data.readingPositions[documentId] ?? null;
    },
    setPosition({ documentId, paragraphId }) {
      documents.require(documentId);
      const position = { paragraphId, updatedAt: clock().toISOString() };
      return store.update((data) => {
        data.readingPositions[documentId] = position;
        return position;
      });
    },
  } satisfies ApiService<'reading'>;
}
export type ReadingService = ReturnType<typeof createReadingService>;
