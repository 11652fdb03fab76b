import { join } from 'node:path';
import type { BinEntry, BinKind, BinRef } from '../../shared/domain/bin';
import type { LibraryTexts } from '../storage/library-texts';
import { BACKUPS_FOLDER_NAME, type Store } from '../storage/store';
import { removeUnusedTexts } from '../storage/text-collector';
import type { AnnotationService } from './annotation-service';
import { DomainError } from './domain-error';
import type { DraftService } from './draft-service';
import type { LibraryEditService } from './library-edit-service';
import { removedRecords } from './removed-records';
import type { VoteService } from './vote-service';

/** Removed documents stay in the bin (for undo) this long, then go for good. */
export const BIN_KEPT_DAYS = 30;

export interface EmptiedBin {
  documents: number;
  /** Text files freed on disk (versions no kept backup needs). */
  freedTexts: number;
}

export interface BinQuery {
  /** Only these kinds (all when left out). */
  kinds?: readonly BinKind[];
  /** Only what was removed since this app started: the undo history of this run, kept across page reloads. */
  sinceAppStart?: boolean;
  limit?: number;
}

export interface BinService {
  /** Removed records, newest removal first. */
  list(query?: BinQuery): BinEntry[];
  /** Puts a removed record back where it was (through its own service, which checks it can come back); answers its entry. */
  restore(ref: BinRef): Promise<BinEntry>;
  /** Deletes every removed document for good, with its annotations and reading position, and frees its texts. */
  emptyRemoved(): Promise<EmptiedBin>;
  /** The same for documents removed more than BIN_KEPT_DAYS ago (run at start). */
  purgeExpired(): Promise<EmptiedBin>;
  /** How many removed documents wait in the bin. */
  removedCount(): number;
}

/** The services that own each kind's restore. */
export interface Restorers {
  annotations: Pick<AnnotationService, 'restore'>;
  drafts: Pick<DraftService, 'restore'>;
  libraryEdit: Pick<LibraryEditService, 'restore'>;
  votes: Pick<VoteService, 'restoreItem' | 'restoreCandidate'>;
}

export function createBinService(deps: { store: Store; texts: LibraryTexts; clock: () => Date; dataFolder: string; restorers: Restorers }): BinService {
  const { store, texts, clock, dataFolder, restorers } = deps;
  const startedAt = clock().getTime();
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
  const find = (ref: BinRef): BinEntry => {
    const entry = removedRecords(store.data, [ref.kind]).find((e) => e.id === ref.id);
    if (!entry) throw new DomainError('NOT_FOUND', `There is no removed ${KIND_WORDS[ref.kind]} to restore with this id.`);
    return entry;
  };
  const list = ({ kinds, sinceAppStart = false, limit = Infinity }: BinQuery = {}): BinEntry[] =>
    removedRecords(store.data, kinds ?? null)
      .filter((e) => !sinceAppStart || Date.parse(e.removedAt) >= startedAt)
      .sort((a, b) => b.removedAt.localeCompare(a.removedAt))
      .slice(0, limit);
  return {
    list,
    async restore(ref) {
      const entry = find(ref);
      switch (ref.kind) {
        case 'annotation':
          await restorers.annotations.restore(ref.id);
          break;
        case 'draft':
          await restorers.drafts.restore(ref.id);
          break;
        case 'document':
          await restorers.libraryEdit.restore(ref.id);
          break;
        case 'voteItem':
          await restorers.votes.restoreItem(ref.id);
          break;
        case 'candidate':
          await restorers.votes.restoreCandidate(entry.parentId ?? '', ref.id);
          break;
      }
      return entry;
    },
    removedCount: () => store.data.documents.filter((d) => d.removedAt !== null).length,
    emptyRemoved: () => empty(() => true),
    purgeExpired: () => {
      const cutoff = clock().getTime() - BIN_KEPT_DAYS * 24 * 60 * 60 * 1000;
      return empty((removedAt) => Date.parse(removedAt) < cutoff);
    },
  };
}

const KIND_WORDS: Record<BinKind, string> = {
  annotation: 'annotation',
  draft: 'draft',
  document: 'document',
  voteItem: 'agenda item',
  candidate: 'candidate',
};
