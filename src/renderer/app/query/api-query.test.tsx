import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deferred, fakeApi, providers, Refusal } from '../../test-support/fake-api';
import { errorText } from '../error-message';
import { useApiMutation } from './useApiMutation';
import { useApiQuery } from './useApiQuery';

const profile = (name: string) => ({ name, delegation: '', constituency: '', unit: '', phone: '', email: '', address: '' }) as never;

describe('useApiQuery', () => {
  it('reads once through the client and gives the answer', async () => {
    const { client, calls } = fakeApi({ 'profile.get': () => profile('王芳') });
    const { result } = renderHook(() => useApiQuery('profile.get', {}), { wrapper: providers(client) });
    await waitFor(() => expect(result.current.data).toEqual(profile('王芳')));
    expect(calls.map((c) => c.method)).toEqual(['profile.get']);
  });

  it('reads the store afresh when mounted again after nothing showed the answer', async () => {
    let name = 'First';
    const { client, calls } = fakeApi({ 'profile.get': () => profile(name) });
    const wrapper = providers(client);
    const first = renderHook(() => useApiQuery('profile.get', {}), { wrapper });
    await waitFor(() => expect(first.result.current.data).toEqual(profile('First')));
    first.unmount();
    name = 'Changed by an autosave';
    const second = renderHook(() => useApiQuery('profile.get', {}), { wrapper });
    await waitFor(() => expect(second.result.current.data).toEqual(profile('Changed by an autosave')));
    expect(calls).toHaveLength(2);
  });

  it("gives the main side's own words when the read is refused", async () => {
    const { client } = fakeApi({
      'profile.get': () => {
        throw new Refusal({ code: 'STORAGE', message: 'The disk is full.' });
      },
    });
    const { result } = renderHook(() => useApiQuery('profile.get', {}), { wrapper: providers(client) });
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(errorText(result.current.error)).toBe('The disk is full.');
  });
});

describe('useApiMutation', () => {
  it('reads the cached reads again after a write succeeds', async () => {
    let name = 'Before';
    const { client, calls } = fakeApi({ 'profile.get': () => profile(name), 'profile.update': () => profile((name = 'After')) });
    const { result } = renderHook(() => ({ read: useApiQuery('profile.get', {}), write: useApiMutation('profile.update') }), {
      wrapper: providers(client),
    });
    await waitFor(() => expect(result.current.read.data).toEqual(profile('Before')));
    await act(() => result.current.write.mutateAsync(profile('After')));
    await waitFor(() => expect(result.current.read.data).toEqual(profile('After')));
    expect(calls.map((c) => c.method)).toEqual(['profile.get', 'profile.update', 'profile.get']);
  });

  it('does not read again after a call that only reads, nor after a refused write', async () => {
    const { client, calls } = fakeApi({
      'profile.get': () => profile('A'),
      'draft.check': () => [],
      'profile.update': () => {
        throw new Refusal({ code: 'INVALID_INPUT', message: 'no' });
      },
    });
    const { result } = renderHook(
      () => ({ read: useApiQuery('profile.get', {}), check: useApiMutation('draft.check'), write: useApiMutation('profile.update') }),
      {
        wrapper: providers(client),
      },
    );
    await waitFor(() => expect(result.current.read.data).toBeDefined());
    await act(() => result.current.check.mutateAsync({ draftId: 'd1' }));
    await act(() => result.current.write.mutateAsync(profile('B')).catch(() => undefined));
    expect(calls.map((c) => c.method)).toEqual(['profile.get', 'draft.check', 'profile.update']);
  });

  it('runs writes of one scope one at a time, in the order they were made', async () => {
    const first = deferred<never>();
    const seen: string[] = [];
    const { client } = fakeApi({
      'vote.renameItem': async (input) => {
        seen.push(`start ${input.title}`);
        if (input.title === 'one') await first.promise;
        seen.push(`end ${input.title}`);
        return { id: input.itemId } as never;
      },
    });
    const { result } = renderHook(() => useApiMutation('vote.renameItem', { scope: { id: 'votes' }, invalidate: false }), {
      wrapper: providers(client),
    });
    let both!: Promise<unknown>;
    act(() => {
      both = Promise.all([
        result.current.mutateAsync({ itemId: 'i1', title: 'one' }),
        result.current.mutateAsync({ itemId: 'i1', title: 'two' }),
      ]);
    });
    await waitFor(() => expect(seen).toEqual(['start one']));
    first.resolve(undefined as never);
    await act(() => both);
    expect(seen).toEqual(['start one', 'end one', 'start two', 'end two']);
  });
});
