import { useCallback, useMemo, useRef, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/contract/api-contract';
import type { VoteAgendaItem } from '../../../shared/votes/vote-views';
import { errorText } from '../../app/error-message';
import { useApiQuery } from '../../app/query/useApiQuery';
import { useApiQueue } from '../../app/query/useApiQueue';
import type { WorkspaceNotice } from '../../app/workspace-notice';

type ItemsUpdate = VoteAgendaItem[] | ((list: VoteAgendaItem[] | null) => VoteAgendaItem[] | null);

export interface AgendaState {
  /** The live agenda in order; null while loading. */
  items: VoteAgendaItem[] | null;
  byId: ReadonlyMap<string, VoteAgendaItem>;
  loadError: string | null;
  reload: () => void;
  setItems: (next: ItemsUpdate) => void;
  /** Calls run one at a time in the order made (mutations of one scope). */
  queue: <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;
  /** A refused command, said in the workspace notice. */
  failed: (error: unknown) => void;
  /** After a refused change: the agenda read again, after the changes still waiting. */
  resync: () => void;
  /** Sends a call about one item and keeps its answer once no other change of that item is waiting (so quick marks never flicker). */
  track: (itemId: string, call: () => Promise<VoteAgendaItem>) => Promise<void>;
  /**
   * A change to one item: shown at once (`optimistic`), sent in order, and its answer kept as `track`
   * keeps it. Refused: said, and the agenda read again.
   */
  change: (itemId: string, call: () => Promise<VoteAgendaItem>, optimistic?: (item: VoteAgendaItem) => VoteAgendaItem) => Promise<boolean>;
  /** Puts the main side's answer about one item in place. */
  put: (item: VoteAgendaItem) => void;
}

const AGENDA_INPUT = {};

/**
 * The agenda as the page holds it: read through the query cache, then the page's own copy kept from
 * the main side's answers (a change is shown in the same render as the click: a controlled checkbox
 * must not flip back), and the one-at-a-time queue its commands go through.
 */
export function useAgendaState(notify: (notice: WorkspaceNotice | null) => void): AgendaState {
  const agenda = useApiQuery('vote.agenda', AGENDA_INPUT);
  const { refetch } = agenda;
  const [local, setLocal] = useState<VoteAgendaItem[] | null>(null);
  const items = local ?? agenda.data ?? null;
  const loaded = agenda.data ?? null;
  const setItems = useCallback(
    (next: ItemsUpdate) => setLocal((list) => (typeof next === 'function' ? next(list ?? loaded) : next)),
    [loaded],
  );
  const queue = useApiQueue('vote-agenda');
  // Per item, how many of its changes are still waiting for an answer.
  const pending = useRef(new Map<string, number>());
  const byId = useMemo(() => new Map((items ?? []).map((item) => [item.id, item])), [items]);

  const failed = useCallback(
    (error: unknown) => notify({ key: 'votes.actionFailed', values: { message: errorText(error) }, tone: 'error' }),
    [notify],
  );
  const resync = useCallback(() => {
    void queue('vote.agenda', {}).then(setItems, () => undefined);
  }, [queue, setItems]);
  const put = useCallback((item: VoteAgendaItem) => setItems((list) => list && list.map((i) => (i.id === item.id ? item : i))), [setItems]);

  const track = useCallback(
    async (itemId: string, call: () => Promise<VoteAgendaItem>) => {
      const waiting = pending.current;
      waiting.set(itemId, (waiting.get(itemId) ?? 0) + 1);
      const settle = () => {
        const left = (waiting.get(itemId) ?? 1) - 1;
        if (left === 0) waiting.delete(itemId);
        else waiting.set(itemId, left);
        return left;
      };
      let item: VoteAgendaItem;
      try {
        item = await call();
      } catch (error) {
        settle();
        throw error;
      }
      if (settle() === 0) put(item);
    },
    [put],
  );

  const change = useCallback(
    async (itemId: string, call: () => Promise<VoteAgendaItem>, optimistic?: (item: VoteAgendaItem) => VoteAgendaItem) => {
      if (optimistic) setItems((list) => list && list.map((i) => (i.id === itemId ? optimistic(i) : i)));
      try {
        await track(itemId, call);
        return true;
      } catch (error) {
        failed(error);
        resync();
        return false;
      }
    },
    [setItems, track, failed, resync],
  );

  const reload = useCallback(() => {
    setLocal(null);
    void refetch();
  }, [refetch]);

  return {
    items,
    byId,
    loadError: agenda.error ? errorText(agenda.error) : null,
    reload,
    setItems,
    queue,
    failed,
    resync,
    track,
    change,
    put,
  };
}
