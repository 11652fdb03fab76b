import { join } from 'node:path';
import type { LibraryTexts } from '../storage/library-texts';
import { BACKUPS_FOLDER_NAME, type Store } from '../storage/store';
import { removeUnusedTexts } from '../storage/text-collector';

/** Removed documents stay in the bin (for undo) this long, then go for good. */
export const BIN_KEPT_DAYS = 30;

export interface EmptiedBin {
  documents: number;
  /** Text files freed on disk (versions no kept backup needs). */
  freedTexts: number;
}

export interface BinService {
  /** Deletes every removed document for good, with its annotations and reading position, and frees its texts. */
  emptyRemoved(): Promise<EmptiedBin>;
  /** The same for documents removed more than BIN_KEPT_DAYS ago (run at start). */
  purgeExpired(): Promise<EmptiedBin>;
  /** How many removed documents wait in the bin. */
  removedCount(): number;
}

export function createBinService(deps: { store: Store; texts: LibraryTexts; clock: () => Date; dataFolder: string }): BinService {
  const { store, texts, clock, dataFolder } = deps;
  const empty = async (isDue: (removedAt: string) => boolean): Promise<EmptiedBin> => {
    const gone = new Set(store.data.documents.filter((d) => d.removedAt !== null && isDue(d.removedAt)).map((d) => d.id));
    if (gone.size > 0) {
      await store.update((data) => {
        data.documents = data.documents.filter((d) => !gone.has(d.id));
        data.annotations = data.annotations.filter((a) => !gone.has(a.documentId));
        for (const id of gone) delete data.readingPositions[id];
      });
    }
    // Only once the store no longer names them on disk are the texts' files deleted.
    const freedTexts = await removeUnusedTexts(() => store.data, texts.files, join(dataFolder, BACKUPS_FOLDER_NAME));
    return { documents: gone.size, freedTexts };
  };
  return {
    removedCount: () => store.data.documents.filter((d) => d.removedAt !== null).length,
    emptyRemoved: () => empty(() => true),
    purgeExpired: () => {
      const cutoff = clock().getTime() - BIN_KEPT_DAYS * 24 * 60 * 60 * 1000;
      return empty((removedAt) => Date.parse(removedAt) < cutoff);
    },
  };
}
