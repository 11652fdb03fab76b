import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BinEntry } from '../../../shared/domain/bin';
import type { Intention, VoteItemKind } from '../../../shared/domain/vote';
import type { VoteAgendaItem } from '../../../shared/votes/vote-views';
import { errorText } from '../../app/error-message';
import { useUndoableRemoval } from '../../app/useUndoableRemoval';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { useAgendaState } from './useAgendaState';
import { useBallotCommands, type BallotCommands } from './useBallotCommands';
import { itemTitle } from './vote-text';

const VOTE_KINDS = ['voteItem', 'candidate'] as const;

export interface VoteAgenda extends BallotCommands {
  /** The live agenda in order; null while loading. */
  items: VoteAgendaItem[] | null;
  loadError: string | null;
  reload: () => void;
  byId: ReadonlyMap<string, VoteAgendaItem>;
  addItem: (title: string, kind: VoteItemKind) => Promise<VoteAgendaItem | null>;
  renameItem: (itemId: string, title: string) => Promise<boolean>;
  moveItem: (itemId: string, toIndex: number) => Promise<void>;
  removeItem: (itemId: string) => Promise<void>;
  /** Autosave of the reasons (with the intention as it is then); the main side's message when refused. */
  saveReasons: (itemId: string, rationale: string) => Promise<string | null>;
  setIntention: (itemId: string, intention: Intention) => Promise<void>;
  linkParagraph: (itemId: string, documentId: string, paragraphId: string) => Promise<boolean>;
  unlinkParagraph: (itemId: string, documentId: string, paragraphId: string) => Promise<void>;
  linkAnnotation: (itemId: string, annotationId: string) => Promise<boolean>;
  unlinkAnnotation: (itemId: string, annotationId: string) => Promise<void>;
  /** Ctrl+Z: brings back the last removed item or candidate. */
  undoLast: () => Promise<void>;
}

/**
 * The agenda of votes as the page holds it (`useAgendaState`) and the named commands on it: items
 * and their links here, the ballots' in `useBallotCommands`. A change made on the page first (a mark,
 * an intention) is shown at once and put right from the answer, or from the agenda read again (after
 * the waiting calls) when refused.
 */
export function useVoteAgenda(notify: (notice: WorkspaceNotice | null) => void): VoteAgenda {
  const { t } = useTranslation();
  const state = useAgendaState(notify);
  const { items, byId, setItems, queue, failed, resync, track, change } = state;

  const undo = useUndoableRemoval({
    kinds: VOTE_KINDS,
    notify,
    restoredNotice: useCallback(
      (entry: BinEntry) =>
        entry.kind === 'candidate'
          ? { key: 'votes.candidateRestored', values: { name: entry.label } }
          : { key: 'votes.itemRestored', values: { title: itemTitle(t, { defaultKey: entry.defaultKey, title: entry.label }) } },
      [t],
    ),
    // In turn with the calls still waiting, so the agenda shown is the one after them all.
    onRestored: useCallback(async () => setItems(await queue('vote.agenda', {})), [queue, setItems]),
    failed,
  });
  const ballots = useBallotCommands(state, undo);

  return {
    items,
    loadError: state.loadError,
    reload: state.reload,
    byId,
    saveReasons: useCallback(
      async (itemId, rationale) => {
        try {
          // Reasons only: an intention shown optimistically (and perhaps refused) is never re-sent.
          await track(itemId, () => queue('vote.setIntention', { itemId, rationale }));
          return null;
        } catch (error) {
          return errorText(error);
        }
      },
      [queue, track],
    ),
    addItem: useCallback(
      async (title, kind) => {
        try {
          const item = await queue('vote.addItem', { title, kind });
          setItems((list) => (list ? [...list, item] : [item]));
          return item;
        } catch (error) {
          failed(error);
          return null;
        }
      },
      [queue, setItems, failed],
    ),
    renameItem: useCallback((itemId, title) => change(itemId, () => queue('vote.renameItem', { itemId, title })), [queue, change]),
    moveItem: useCallback(
      async (itemId, toIndex) => {
        setItems((list) => (list ? moved(list, itemId, toIndex) : list));
        try {
          setItems(await queue('vote.moveItem', { itemId, toIndex }));
        } catch (error) {
          failed(error);
          resync();
        }
      },
      [queue, setItems, failed, resync],
    ),
    removeItem: useCallback(
      async (itemId) => {
        const item = byId.get(itemId);
        if (!item) return;
        const title = itemTitle(t, item);
        try {
          await queue('vote.removeItem', { itemId });
          setItems((list) => list && list.filter((i) => i.id !== itemId));
          undo.removed({ kind: 'voteItem', id: itemId }, { key: 'votes.itemRemoved', values: { title } });
        } catch (error) {
          failed(error);
        }
      },
      [queue, setItems, byId, failed, undo, t],
    ),
    setIntention: useCallback(
      async (itemId, intention) => {
        await change(
          itemId,
          () => queue('vote.setIntention', { itemId, intention }),
          (item) => ({ ...item, intention }),
        );
      },
      [queue, change],
    ),
    linkParagraph: useCallback(
      (itemId, documentId, paragraphId) => change(itemId, () => queue('vote.linkParagraph', { itemId, documentId, paragraphId })),
      [queue, change],
    ),
    unlinkParagraph: useCallback(
      async (itemId, documentId, paragraphId) => {
        await change(
          itemId,
          () => queue('vote.unlinkParagraph', { itemId, documentId, paragraphId }),
          (item) => ({
            ...item,
            paragraphLinks: item.paragraphLinks.filter((l) => !(l.documentId === documentId && l.paragraphId === paragraphId)),
          }),
        );
      },
      [queue, change],
    ),
    linkAnnotation: useCallback(
      (itemId, annotationId) =>
        change(
          itemId,
          () => queue('vote.linkAnnotation', { itemId, annotationId }),
          (item) => ({
            ...item,
            annotationIds: item.annotationIds.includes(annotationId) ? item.annotationIds : [...item.annotationIds, annotationId],
          }),
        ),
      [queue, change],
    ),
    unlinkAnnotation: useCallback(
      async (itemId, annotationId) => {
        await change(
          itemId,
          () => queue('vote.unlinkAnnotation', { itemId, annotationId }),
          (item) => ({ ...item, annotationIds: item.annotationIds.filter((id) => id !== annotationId) }),
        );
      },
      [queue, change],
    ),
    ...ballots,
    undoLast: undo.undoLast,
  };
}

/** The agenda with one item moved to `toIndex` (shown before the main side answers). */
function moved(list: VoteAgendaItem[], itemId: string, toIndex: number): VoteAgendaItem[] {
  const from = list.findIndex((i) => i.id === itemId);
  if (from < 0) return list;
  const next = [...list];
  next.splice(toIndex, 0, ...next.splice(from, 1));
  return next;
}
