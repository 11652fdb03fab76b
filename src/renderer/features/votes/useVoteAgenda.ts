import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../shared/contract/api-contract';
import type { BinEntry } from '../../../shared/domain/bin';
import type { CandidateContent, CandidateMark, Intention, VoteItemKind } from '../../../shared/domain/vote';
import { evaluateBallot } from '../../../shared/votes/ballot-evaluation';
import type { VoteAgendaItem } from '../../../shared/votes/vote-views';
import { useApiQuery } from '../../app/query/useApiQuery';
import { useApiQueue } from '../../app/query/useApiQueue';
import { errorText } from '../../app/error-message';
import { useUndoableRemoval } from '../../app/useUndoableRemoval';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { itemTitle } from './vote-text';

const VOTE_KINDS = ['voteItem', 'candidate'] as const;

export interface VoteAgenda {
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
  setBallotRule: (itemId: string, mode: ApiInput<'vote.setBallotRule'>['mode'], maxChoices: number) => Promise<boolean>;
  addCandidates: (itemId: string, candidates: CandidateContent[]) => Promise<string | null>;
  updateCandidate: (itemId: string, candidateId: string, change: Partial<CandidateContent>) => Promise<string | null>;
  removeCandidate: (itemId: string, candidateId: string) => Promise<void>;
  markCandidate: (itemId: string, candidateId: string, marking: { mark?: CandidateMark | null; rank?: number | null }) => Promise<void>;
  clearMarks: (itemId: string) => Promise<void>;
  /** Ctrl+Z: brings back the last removed item or candidate. */
  undoLast: () => Promise<void>;
}

const AGENDA_INPUT = {};

/**
 * The agenda of votes as the page holds it (read through the query cache, then kept from the main
 * side's answers), and the named commands on it. Calls run one at a time in the order made (mutations
 * of one scope); a change made on the page first (a mark, an intention) is shown at once and put right
 * from the answer, or from the agenda read again (after the waiting calls) when refused.
 */
export function useVoteAgenda(notify: (notice: WorkspaceNotice | null) => void): VoteAgenda {
  const { t } = useTranslation();
  const agenda = useApiQuery('vote.agenda', AGENDA_INPUT);
  const { refetch } = agenda;
  // Once read, the page's own copy: a change is shown in the same render as the click (a controlled
  // checkbox must not flip back), and kept from the main side's answers.
  const [local, setLocal] = useState<VoteAgendaItem[] | null>(null);
  const items = local ?? agenda.data ?? null;
  const loaded = agenda.data ?? null;
  const setItems = useCallback(
    (next: VoteAgendaItem[] | ((list: VoteAgendaItem[] | null) => VoteAgendaItem[] | null)) =>
      setLocal((list) => (typeof next === 'function' ? next(list ?? loaded) : next)),
    [loaded],
  );
  /** Calls run one at a time in the order made (mutations of one scope). */
  const queue = useApiQueue('vote-agenda');
  const pending = useRef(new Map<string, number>());

  const byId = useMemo(() => new Map((items ?? []).map((item) => [item.id, item])), [items]);

  const failed = useCallback(
    (error: unknown) => notify({ key: 'votes.actionFailed', values: { message: errorText(error) }, tone: 'error' }),
    [notify],
  );

  /** After a refused change: the agenda read again, after the changes still waiting. */
  const resync = useCallback(() => {
    void queue('vote.agenda', {}).then(setItems, () => undefined);
  }, [queue, setItems]);

  const put = useCallback((item: VoteAgendaItem) => setItems((list) => list && list.map((i) => (i.id === item.id ? item : i))), [setItems]);

  /**
   * A change to one item: shown at once (`optimistic`), sent in order, and the answer kept once no
   * other change of that item is waiting (so quick marks never flicker). Refused: the agenda is reloaded.
   */
  const change = useCallback(
    async (
      itemId: string,
      call: () => Promise<VoteAgendaItem>,
      optimistic?: (item: VoteAgendaItem) => VoteAgendaItem,
    ): Promise<boolean> => {
      if (optimistic) setItems((list) => list && list.map((i) => (i.id === itemId ? optimistic(i) : i)));
      pending.current.set(itemId, (pending.current.get(itemId) ?? 0) + 1);
      const settle = () => {
        const left = (pending.current.get(itemId) ?? 1) - 1;
        if (left === 0) pending.current.delete(itemId);
        else pending.current.set(itemId, left);
        return left;
      };
      try {
        const item = await call();
        if (settle() === 0) put(item);
        return true;
      } catch (error) {
        settle();
        failed(error);
        resync();
        return false;
      }
    },
    [setItems, put, failed, resync],
  );

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

  const withBallot = (
    item: VoteAgendaItem,
    update: (candidates: NonNullable<VoteAgendaItem['ballot']>['candidates']) => NonNullable<VoteAgendaItem['ballot']>['candidates'],
  ): VoteAgendaItem => {
    if (!item.ballot) return item;
    const ballot = { ...item.ballot, candidates: update(item.ballot.candidates) };
    return { ...item, ballot, evaluation: evaluateBallot(ballot) };
  };

  return {
    items,
    loadError: agenda.error ? errorText(agenda.error) : null,
    reload: useCallback(() => {
      setLocal(null);
      void refetch();
    }, [refetch]),
    byId,
    saveReasons: useCallback(
      async (itemId, rationale) => {
        pending.current.set(itemId, (pending.current.get(itemId) ?? 0) + 1);
        const settle = () => {
          const left = (pending.current.get(itemId) ?? 1) - 1;
          if (left === 0) pending.current.delete(itemId);
          else pending.current.set(itemId, left);
          return left;
        };
        try {
          // Reasons only: an intention shown optimistically (and perhaps refused) is never re-sent.
          const item = await queue('vote.setIntention', { itemId, rationale });
          if (settle() === 0) put(item);
          return null;
        } catch (error) {
          settle();
          return errorText(error);
        }
      },
      [queue, put],
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
        setItems((list) => {
          if (!list) return list;
          const from = list.findIndex((i) => i.id === itemId);
          if (from < 0) return list;
          const next = [...list];
          const [moved] = next.splice(from, 1);
          next.splice(toIndex, 0, moved!);
          return next;
        });
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
          (item) => ({
            ...item,
            annotationIds: item.annotationIds.filter((id) => id !== annotationId),
          }),
        );
      },
      [queue, change],
    ),
    setBallotRule: useCallback(
      (itemId, mode, maxChoices) =>
        change(
          itemId,
          () => queue('vote.setBallotRule', { itemId, mode, maxChoices }),
          (item) => {
            if (!item.ballot) return item;
            const ballot = { ...item.ballot, mode, maxChoices };
            return { ...item, ballot, evaluation: evaluateBallot(ballot) };
          },
        ),
      [queue, change],
    ),
    addCandidates: useCallback(
      async (itemId, candidates) => {
        try {
          put(await queue('vote.addCandidates', { itemId, candidates }));
          return null;
        } catch (error) {
          return errorText(error);
        }
      },
      [queue, put],
    ),
    updateCandidate: useCallback(
      async (itemId, candidateId, changes) => {
        try {
          put(await queue('vote.updateCandidate', { itemId, candidateId, change: changes }));
          return null;
        } catch (error) {
          return errorText(error);
        }
      },
      [queue, put],
    ),
    removeCandidate: useCallback(
      async (itemId, candidateId) => {
        const name = byId.get(itemId)?.ballot?.candidates.find((c) => c.id === candidateId)?.name ?? '';
        const ok = await change(
          itemId,
          () => queue('vote.removeCandidate', { itemId, candidateId }),
          (item) => withBallot(item, (list) => list.map((c) => (c.id === candidateId ? { ...c, deletedAt: new Date().toISOString() } : c))),
        );
        if (ok) undo.removed({ kind: 'candidate', id: candidateId }, { key: 'votes.candidateRemoved', values: { name } });
      },
      [queue, byId, change, undo],
    ),
    markCandidate: useCallback(
      async (itemId, candidateId, marking) => {
        await change(
          itemId,
          () => queue('vote.markCandidate', { itemId, candidateId, ...marking }),
          (item) =>
            withBallot(item, (list) =>
              list.map((c) =>
                c.id === candidateId
                  ? {
                      ...c,
                      ...(marking.mark !== undefined ? { mark: marking.mark } : {}),
                      ...(marking.rank !== undefined ? { rank: marking.rank } : {}),
                    }
                  : c,
              ),
            ),
        );
      },
      [queue, change],
    ),
    clearMarks: useCallback(
      async (itemId) => {
        await change(
          itemId,
          () => queue('vote.clearMarks', { itemId }),
          (item) => withBallot(item, (list) => list.map((c) => ({ ...c, mark: null, rank: null }))),
        );
      },
      [queue, change],
    ),
    undoLast: undo.undoLast,
  };
}
