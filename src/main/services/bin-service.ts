import { join } from 'node:path';
import type { BinEntry, BinKind, BinRef } from '../../shared/domain/bin';
import type { LibraryTexts } from '../storage/library-texts';
import { BACKUPS_FOLDER_NAME, type Store } from '../storage/store';
import { removeUnusedTexts } from '../storage/text-collector';
import type { ApiParsedInput, ApiService } from '../../shared/contract/api-contract';
import type { AnnotationService } from './annotation-service';
import { DomainError } from './domain-error';
import type { ErrorMessageKey } from '../../shared/i18n/error-messages';
import type { DraftService } from './draft-service';
import type { LibraryService } from './library-service';
import type { SpeechService } from './speech-service';
import type { SubmissionService } from './submission-service';
import type { VoteService } from './vote-service';
import { removedRecords } from './removed-records';

/** Removed documents stay in the bin (for undo) this long, then go for good. */
export const BIN_KEPT_DAYS = 30;

export interface EmptiedBin {
  documents: number;
  /** Text files freed on disk (versions no kept backup needs). */
  freedTexts: number;
}

/** The services that own each kind's restore (their own functions, not API methods: `bin.restore` is). */
export interface Restorers {
  annotation: Pick<AnnotationService, 'restore'>;
  draft: Pick<DraftService, 'restore'>;
  library: Pick<LibraryService, 'restore'>;
  vote: Pick<VoteService, 'restoreItem' | 'restoreCandidate'>;
  speech: Pick<SpeechService, 'restore'>;
  submission: Pick<SubmissionService, 'restore'>;
}

/**
 * The `bin.*` methods (what was removed, put one back, how many documents wait, empty them) and the
 * start's purge of documents removed more than BIN_KEPT_DAYS ago.
 */
export function createBinService(deps: { store: Store; texts: LibraryTexts; clock: () => Date; dataFolder: string; restorers: Restorers }) {
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
    if (!entry) throw new DomainError('NOT_FOUND', NOT_REMOVED[ref.kind]);
    return entry;
  };
  /** Removed records, newest removal first; `sinceAppStart`: the undo history of this run, kept across page reloads. */
  const list = ({ kinds, sinceAppStart = false, limit = Infinity }: Partial<ApiParsedInput<'bin.list'>> = {}): BinEntry[] =>
    removedRecords(store.data, kinds ?? null)
      .filter((e) => !sinceAppStart || Date.parse(e.removedAt) >= startedAt)
      .sort((a, b) => b.removedAt.localeCompare(a.removedAt))
      .slice(0, limit);
  const removedCount = (): number => store.data.documents.filter((d) => d.removedAt !== null).length;
  const service = {
    list,
    async restore(ref: BinRef) {
      const entry = find(ref);
      const owners = restorers;
      switch (ref.kind) {
        case 'annotation':
          await owners.annotation.restore({ annotationId: ref.id });
          break;
        case 'draft':
          await owners.draft.restore({ draftId: ref.id });
          break;
        case 'document':
          await owners.library.restore({ documentId: ref.id });
          break;
        case 'voteItem':
          await owners.vote.restoreItem({ itemId: ref.id });
          break;
        case 'candidate':
          await owners.vote.restoreCandidate({ itemId: entry.parentId ?? '', candidateId: ref.id });
          break;
        case 'speechCard':
          await owners.speech.restore({ cardId: ref.id });
          break;
        case 'submission':
          await owners.submission.restore({ submissionId: ref.id });
          break;
      }
      return entry;
    },
    summary: () => ({ documents: removedCount(), keptDays: BIN_KEPT_DAYS }),
    /** Deletes every removed document for good, with its annotations and reading position, and frees its texts. */
    empty: () => empty(() => true),
  } satisfies ApiService<'bin'>;
  return {
    ...service,
    /** The same for documents removed more than BIN_KEPT_DAYS ago (run at start). */
    purgeExpired: () => {
      const cutoff = clock().getTime() - BIN_KEPT_DAYS * 24 * 60 * 60 * 1000;
      return empty((removedAt) => Date.parse(removedAt) < cutoff);
    },
  };
}

export type BinService = ReturnType<typeof createBinService>;

/** "There is no removed … to restore with this id.", per kind. */
const NOT_REMOVED: Record<BinKind, ErrorMessageKey> = {
  annotation: 'bin.noRemoved.annotation',
  draft: 'bin.noRemoved.draft',
  document: 'bin.noRemoved.document',
  voteItem: 'bin.noRemoved.voteItem',
  candidate: 'bin.noRemoved.candidate',
  speechCard: 'bin.noRemoved.speechCard',
  submission: 'bin.noRemoved.submission',
};
