import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BinEntry } from '../../shared/domain/bin';
import type { SpeechCard } from '../../shared/speech/speech-card';
import { fakeApi, providers, Refusal } from '../test-support/fake-api';
import { useApiMutation } from './query/useApiMutation';
import { useApiQuery } from './query/useApiQuery';
import { useUndoableRemoval } from './useUndoableRemoval';
import type { WorkspaceNotice } from './workspace-notice';

const KINDS = ['speechCard'] as const;
const AT = '2026-03-05T09:00:00.000Z';
const card = (id: string, title: string): SpeechCard => ({
  id,
  title,
  language: 'zh-CN',
  minutes: 3,
  points: [],
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
});

/** The main side's speech cards and bin: a removed card is left out of speech.list and listed by bin.list. */
function mainSide(cards: SpeechCard[]) {
  const removed = new Map<string, string>();
  const remove = (id: string) => removed.set(id, new Date(Date.parse(AT) + removed.size * 1000 + 1000).toISOString());
  const entry = (c: SpeechCard): BinEntry => ({
    kind: 'speechCard',
    id: c.id,
    label: c.title,
    defaultKey: null,
    parentId: null,
    removedAt: removed.get(c.id) ?? AT,
  });
  const api = fakeApi({
    'speech.list': () => cards.filter((c) => !removed.has(c.id)),
    'speech.remove': ({ cardId }) => {
      remove(cardId);
      return { ...card(cardId, ''), deletedAt: AT };
    },
    'bin.list': ({ limit }) =>
      cards
        .filter((c) => removed.has(c.id))
        .map(entry)
        .sort((a, b) => b.removedAt.localeCompare(a.removedAt))
        .slice(0, limit),
    'bin.restore': (ref) => {
      const found = cards.find((c) => c.id === ref.id && removed.has(c.id));
      if (!found) throw new Refusal({ code: 'NOT_FOUND', message: 'There is no removed speech card to restore with this id.' });
      const restored = entry(found);
      removed.delete(found.id);
      return restored;
    },
  });
  return { ...api, remove };
}

function useSpeechListWithUndo(notices: (WorkspaceNotice | null)[], restored: string[], failures: unknown[]) {
  const list = useApiQuery('speech.list', {});
  const remove = useApiMutation('speech.remove');
  const undo = useUndoableRemoval({
    kinds: KINDS,
    notify: (n) => void notices.push(n),
    restoredNotice: (e) => ({ key: 'speech.restored', values: { title: e.label } }),
    onRestored: (e) => void restored.push(e.id),
    failed: (error) => void failures.push(error),
  });
  return { titles: list.data?.map((c) => c.title), remove: remove.mutateAsync, undo };
}

describe('useUndoableRemoval', () => {
  it("the notice's Undo restores through bin.restore, and the list shown is read again without the view asking", async () => {
    const main = mainSide([card('s-aaaaaaaa', '关于教育经费的发言'), card('s-bbbbbbbb', 'On the budget')]);
    const notices: (WorkspaceNotice | null)[] = [];
    const restored: string[] = [];
    const { result } = renderHook(() => useSpeechListWithUndo(notices, restored, []), { wrapper: providers(main.client) });
    await waitFor(() => expect(result.current.titles).toEqual(['关于教育经费的发言', 'On the budget']));

    await act(() => result.current.remove({ cardId: 's-aaaaaaaa' }));
    act(() => result.current.undo.removed({ kind: 'speechCard', id: 's-aaaaaaaa' }, { key: 'speech.removed' }));
    expect(notices.at(-1)).toMatchObject({ key: 'speech.removed', tone: 'info' });
    await waitFor(() => expect(result.current.titles).toEqual(['On the budget']));
    act(() => notices.at(-1)?.undo?.());
    await waitFor(() => expect(result.current.titles).toEqual(['关于教育经费的发言', 'On the budget']));
    expect(restored).toEqual(['s-aaaaaaaa']);
    expect(notices.at(-1)).toEqual({ key: 'speech.restored', values: { title: '关于教育经费的发言' }, tone: 'info' });
    const methods = main.calls.map((c) => c.method);
    expect(methods.slice(methods.indexOf('bin.restore'))).toEqual(['bin.restore', 'speech.list']);
  });

  it("after a reload Ctrl+Z asks the bin for this run's newest removal of the view's kinds and brings it back", async () => {
    const main = mainSide([card('s-aaaaaaaa', 'First'), card('s-bbbbbbbb', 'Second')]);
    main.remove('s-aaaaaaaa');
    main.remove('s-bbbbbbbb');
    const notices: (WorkspaceNotice | null)[] = [];
    // A fresh page: no steps of its own, a fresh cache.
    const { result } = renderHook(() => useSpeechListWithUndo(notices, [], []), { wrapper: providers(main.client) });
    await waitFor(() => expect(result.current.titles).toEqual([]));
    await act(() => result.current.undo.undoLast());
    await waitFor(() => expect(result.current.titles).toEqual(['Second']));
    expect(main.calls.find((c) => c.method === 'bin.list')?.input).toEqual({ kinds: ['speechCard'], sinceAppStart: true, limit: 1 });
    expect(notices.at(-1)).toMatchObject({ key: 'speech.restored', values: { title: 'Second' } });
  });

  it("a refused restore is handed to the view's own words and the list stays as it is", async () => {
    const main = mainSide([card('s-aaaaaaaa', 'Kept')]);
    const failures: unknown[] = [];
    const { result } = renderHook(() => useSpeechListWithUndo([], [], failures), { wrapper: providers(main.client) });
    await waitFor(() => expect(result.current.titles).toEqual(['Kept']));
    act(() => result.current.undo.removed({ kind: 'speechCard', id: 's-zzzzzzzz' }, { key: 'speech.removed' }));
    await act(() => result.current.undo.undoLast());
    expect(failures.map((e) => String(e instanceof Error ? e.message : e))).toEqual([
      'There is no removed speech card to restore with this id.',
    ]);
    expect(result.current.titles).toEqual(['Kept']);
  });
});
