import type { ReadingPosition } from '../../shared/domain/document';
import type { Store } from '../storage/store';
import type { LibraryService } from './library-service';

export interface ReadingService {
  getPosition(documentId: string): ReadingPosition | null;
  setPosition(documentId: string, paragraphId: string): Promise<ReadingPosition>;
}

export function createReadingService(deps: { store: Store; library: LibraryService; clock: () => Date }): ReadingService {
  const { store, library, clock } = deps;
  return {
    getPosition(documentId) {
      library.require(documentId);
      return store.data.readingPositions[documentId] ?? null;
    },
    setPosition(documentId, paragraphId) {
      library.require(documentId);
      const position = { paragraphId, updatedAt: clock().toISOString() };
      return store.update((data) => {
        data.readingPositions[documentId] = position;
        return position;
      });
    },
  };
}
