import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Intention } from '../../../shared/domain/vote';
import type { VoteAgendaItem } from '../../../shared/votes/vote-views';
import { deferred, fakeApi, providers, Refusal } from '../../test-support/fake-api';
import { useVoteAgenda } from './useVoteAgenda';

const item = (id: string, intention: Intention, rationale = ''): VoteAgendaItem => ({
  id,
  kind: 'resolution',
  defaultKey: null,
  title: `Item ${id}`,
  intention,
  rationale,
  paragraphLinks: [],
  annotationIds: [],
  ballot: null,
  updatedAt: null,
  deletedAt: null,
  evaluation: null,
});

/** A main side holding one agenda; each setIntention waits for the test to let it through. */
function agendaServer() {
  const store = new Map([['v1', item('v1', 'undecided')]]);
  const gates: Array<ReturnType<typeof deferred<void>>> = [];
  const order: string[] = [];
  const api = fakeApi({
    'vote.agenda': () => [...store.values()],
    'vote.setIntention': async (input) => {
      order.push(`start ${input.intention ?? input.rationale}`);
      const gate = deferred<void>();
      gates.push(gate);
      await gate.promise;
      order.push(`end ${input.intention ?? input.rationale}`);
      if (input.intention === 'against') throw new Refusal({ code: 'STORAGE', message: '数据无法保存。' });
      const next = {
        ...store.get(input.itemId)!,
        ...(input.intention ? { intention: input.intention } : {}),
        ...(input.rationale !== undefined ? { rationale: input.rationale } : {}),
      };
      store.set(input.itemId, next);
      return next;
    },
  });
  return { ...api, store, gates, order };
}

describe('useVoteAgenda', () => {
  it('shows a change at once, sends changes one at a time in order, and keeps the last answer', async () => {
    const server = agendaServer();
    const notify = vi.fn();
    const { result } = renderHook(() => useVoteAgenda(notify), { wrapper: providers(server.client) });
    await waitFor(() => expect(result.current.items).toHaveLength(1));

    let done!: Promise<unknown>;
    act(() => {
      done = Promise.all([
        result.current.setIntention('v1', 'for'),
        result.current.saveReasons('v1', '支持'),
        result.current.setIntention('v1', 'abstain'),
      ]);
    });
    // In the same render as the click (a controlled radio or checkbox must not flip back).
    expect(result.current.byId.get('v1')?.intention).toBe('abstain');
    await waitFor(() => expect(server.order).toEqual(['start for']));
    for (let i = 0; i < 3; i++) {
      await waitFor(() => expect(server.gates).toHaveLength(i + 1));
      server.gates[i]!.resolve();
    }
    await act(() => done);
    expect(server.order).toEqual(['start for', 'end for', 'start 支持', 'end 支持', 'start abstain', 'end abstain']);
    await waitFor(() => expect(result.current.byId.get('v1')).toMatchObject({ intention: 'abstain', rationale: '支持' }));
    expect(notify).not.toHaveBeenCalled();
  });

  it('says why a change was refused and puts the page right from the agenda read after the waiting changes', async () => {
    const server = agendaServer();
    const notify = vi.fn();
    const { result } = renderHook(() => useVoteAgenda(notify), { wrapper: providers(server.client) });
    await waitFor(() => expect(result.current.items).toHaveLength(1));

    let done!: Promise<unknown>;
    act(() => {
      done = Promise.all([result.current.setIntention('v1', 'against'), result.current.saveReasons('v1', 'later')]);
    });
    expect(result.current.byId.get('v1')?.intention).toBe('against');
    await waitFor(() => expect(server.gates).toHaveLength(1));
    server.gates[0]!.resolve();
    await waitFor(() => expect(server.gates).toHaveLength(2));
    server.gates[1]!.resolve();
    await act(() => done);
    await waitFor(() => expect(result.current.byId.get('v1')).toMatchObject({ intention: 'undecided', rationale: 'later' }));
    expect(notify).toHaveBeenCalledWith(
      expect.objectContaining({ key: 'votes.actionFailed', values: { message: '数据无法保存。' }, tone: 'error' }),
    );
    const methods = server.calls.map((c) => c.method);
    expect(methods.lastIndexOf('vote.agenda')).toBeGreaterThan(methods.lastIndexOf('vote.setIntention'));
  });
});
