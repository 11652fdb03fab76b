import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, providers, Refusal } from '../test-support/fake-api';
import { useApiList } from './useApiList';

type Summary = { id: string; title: string };
const doc = (id: string, title: string) => ({ id, title }) as Summary as never;

describe('useApiList', () => {
  it('loads the list, shows an answer put into it, and reads it again on refresh', async () => {
    let stored = [doc('d1', '政府工作报告')];
    const { client } = fakeApi({ 'library.list': () => stored });
    const { result } = renderHook(() => useApiList('library.list'), { wrapper: providers(client) });
    expect(result.current.items).toBeNull();
    await waitFor(() => expect(result.current.items).toEqual([doc('d1', '政府工作报告')]));

    act(() => result.current.setItems((list) => (list ?? []).map((d) => ({ ...d, title: 'Renamed' }))));
    await waitFor(() => expect(result.current.items).toEqual([doc('d1', 'Renamed')]));

    stored = [doc('d1', 'Renamed'), doc('d2', 'Budget')];
    await act(() => result.current.refresh());
    await waitFor(() => expect(result.current.items).toEqual(stored));
  });

  it('says why the list could not be read, and keeps what it had when a refresh fails', async () => {
    let fail = true;
    const { client } = fakeApi({
      'draft.list': () => {
        if (fail) throw new Refusal({ code: 'STORAGE', message: 'The store cannot be read.' });
        return [doc('x', 'Proposal')];
      },
    });
    const { result } = renderHook(() => useApiList('draft.list'), { wrapper: providers(client) });
    await waitFor(() => expect(result.current.loadError).toBe('The store cannot be read.'));
    fail = false;
    await act(() => result.current.refresh());
    await waitFor(() => expect(result.current.items).toEqual([doc('x', 'Proposal')]));
    expect(result.current.loadError).toBeNull();
  });
});
