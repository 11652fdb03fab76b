import { act, render, renderHook, waitFor } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/domain/annotation';
import { fakeApi, providers, Refusal } from '../../test-support/fake-api';
import { useAnnotations } from './useAnnotations';

const at = '2026-03-01T08:00:00.000Z';
const annotation = (id: string, documentId: string, note = '', deletedAt: string | null = null): Annotation => ({
  id,
  documentId,
  kind: 'question',
  note,
  tags: [],
  target: { paragraphId: 'p-1', position: { start: 0, end: 4 }, quote: { exact: '城乡融合', prefix: '', suffix: '' } },
  status: 'exact',
  createdAt: at,
  updatedAt: at,
  deletedAt,
});

/** A main side holding annotations of two documents. */
function server() {
  const stored = new Map<string, Annotation>([
    ['a-1', annotation('a-1', 'd1', 'kept')],
    ['a-2', annotation('a-2', 'd1', 'deleted before', at)],
    ['a-3', annotation('a-3', 'd2', 'elsewhere')],
  ]);
  const save = (a: Annotation) => (stored.set(a.id, a), a);
  const find = (id: string) => stored.get(id) ?? annotation(id, 'none');
  return fakeApi({
    'annotation.list': ({ documentId }) => [...stored.values()].filter((a) => a.documentId === documentId),
    'annotation.update': ({ annotationId, note }) => save({ ...find(annotationId), note: note ?? '' }),
    'annotation.delete': ({ annotationId }) => save({ ...find(annotationId), deletedAt: at }),
    'annotation.create': ({ documentId, note }) => save(annotation(`a-${stored.size + 1}`, documentId, note ?? '')),
  });
}

describe('useAnnotations', () => {
  it("lists the document's live annotations and shows each change from the main side's answer", async () => {
    const { client, calls } = server();
    const { result } = renderHook(() => useAnnotations('d1', () => undefined), { wrapper: providers(client) });
    expect(result.current.annotations).toBeNull();
    await waitFor(() => expect(result.current.annotations?.map((a) => a.note)).toEqual(['kept']));

    await act(() => result.current.create({ start: 0, end: 4 }, { kind: 'question', note: '新的', tags: [] }));
    await act(() => result.current.update('a-1', { kind: 'question', note: 'changed', tags: [] }));
    // The cache tells its observers in a batch of its own: wait for the list to show the answers.
    await waitFor(() => expect(result.current.annotations?.map((a) => a.note).sort()).toEqual(['changed', '新的']));
    await act(() => result.current.remove('a-1'));
    await waitFor(() => expect(result.current.annotations?.map((a) => a.note)).toEqual(['新的']));
    // The answers are the store's own truth: nothing is read again to show them.
    expect(calls.filter((c) => c.method === 'annotation.list')).toHaveLength(1);
  });

  it('asks for the list while the reader renders, before its first layout, and only once', async () => {
    const { client, calls } = server();
    const listCalls = () => calls.filter((c) => c.method === 'annotation.list').length;
    let askedBeforeLayout: number | null = null;
    let shown: string[] | undefined;
    function Reader() {
      shown = useAnnotations('d1', () => undefined).annotations?.map((a) => a.note);
      // Runs before the browser lays the page out and paints it: the list must already be on its way.
      useLayoutEffect(() => {
        askedBeforeLayout ??= listCalls();
      }, []);
      return null;
    }
    render(<Reader />, { wrapper: providers(client) });
    expect(askedBeforeLayout).toBe(1);
    await waitFor(() => expect(shown).toEqual(['kept']));
    expect(listCalls()).toBe(1);
  });

  it("never shows an answer about another document in this one's list", async () => {
    const { client } = server();
    const { result } = renderHook(() => useAnnotations('d1', () => undefined), { wrapper: providers(client) });
    await waitFor(() => expect(result.current.annotations).toHaveLength(1));
    await act(() => result.current.update('a-3', { kind: 'question', note: 'from before a switch', tags: [] }));
    expect(result.current.annotations?.map((a) => a.id)).toEqual(['a-1']);
  });

  it('shows nothing of the previous document after a switch until the new one arrives', async () => {
    const { client } = server();
    const { result, rerender } = renderHook(({ id }) => useAnnotations(id, () => undefined), {
      wrapper: providers(client),
      initialProps: { id: 'd1' },
    });
    await waitFor(() => expect(result.current.annotations).toHaveLength(1));
    rerender({ id: 'd2' });
    expect(result.current.annotations).toBeNull();
    await waitFor(() => expect(result.current.annotations?.map((a) => a.note)).toEqual(['elsewhere']));
  });

  it('reports a list that cannot be read, with a retry that reads it again', async () => {
    let fail = true;
    const { client } = fakeApi({
      'annotation.list': () => {
        if (fail) throw new Refusal({ code: 'STORAGE', message: 'The store cannot be read.' });
        return [annotation('a-1', 'd1', 'back')];
      },
    });
    const reported: Array<() => void> = [];
    const { result } = renderHook(() => useAnnotations('d1', (_error, retry) => reported.push(retry)), { wrapper: providers(client) });
    await waitFor(() => expect(reported).toHaveLength(1));
    fail = false;
    act(() => reported[0]?.());
    await waitFor(() => expect(result.current.annotations?.map((a) => a.note)).toEqual(['back']));
  });
});
