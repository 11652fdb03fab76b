import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferred } from '../test-support/fake-api';
import { useDebouncedSave, type DebouncedSaveOptions } from './useDebouncedSave';

type Patch = Record<string, string>;
const merge = (older: Patch, newer: Patch): Patch => ({ ...older, ...newer });

function setup(overrides: Partial<DebouncedSaveOptions<Patch>> = {}) {
  const sent: Patch[] = [];
  const remembered: Array<Patch | undefined> = [];
  const options: DebouncedSaveOptions<Patch> = {
    merge,
    send: async (value) => {
      sent.push(value);
      return null;
    },
    remember: (value) => remembered.push(value),
    ...overrides,
  };
  const hook = renderHook(() => useDebouncedSave(options));
  return { ...hook, sent, remembered };
}

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useDebouncedSave', () => {
  it('sends the merged changes once, 500 ms after the last one, and says when they are saved', async () => {
    const { result, sent } = setup();
    expect(result.current.status).toBe('saved');
    act(() => result.current.change({ title: '关于' }));
    await advance(300);
    act(() => result.current.change({ body: 'text' }));
    expect(result.current.status).toBe('pending');
    await advance(499);
    expect(sent).toEqual([]);
    await advance(1);
    expect(sent).toEqual([{ title: '关于', body: 'text' }]);
    expect(result.current.status).toBe('saved');
    expect(result.current.hasUnsaved()).toBe(false);
  });

  it('re-renders its editor once for a burst of keystrokes, when it turns pending, not at every keystroke', async () => {
    let renders = 0;
    const options: DebouncedSaveOptions<Patch> = { merge, send: async () => null, remember: () => undefined };
    const { result } = renderHook(() => {
      renders += 1;
      return useDebouncedSave(options);
    });
    const before = renders;
    for (let i = 0; i < 20; i++) act(() => result.current.change({ reasons: 'x'.repeat(i) }));
    expect(result.current.status).toBe('pending');
    expect(renders - before).toBe(1);
  });

  it('saves steady typing at most 2 s after the first unsaved change', async () => {
    const { result, sent } = setup();
    for (let i = 0; i < 10; i++) {
      act(() => result.current.change({ title: `t${i}` }));
      await advance(250);
    }
    expect(sent).toEqual([{ title: 't7' }]);
  });

  it('runs one call at a time: a change made while one is in flight is sent after it', async () => {
    const first = deferred<string | null>();
    const sent: Patch[] = [];
    const { result } = setup({
      send: (value) => {
        sent.push(value);
        return sent.length === 1 ? first.promise : Promise.resolve(null);
      },
    });
    act(() => result.current.change({ title: 'one' }));
    await advance(500);
    expect(result.current.status).toBe('saving');
    act(() => result.current.change({ title: 'two' }));
    await advance(500);
    expect(sent).toEqual([{ title: 'one' }]);
    await act(async () => first.resolve(null));
    await advance(0);
    expect(sent).toEqual([{ title: 'one' }, { title: 'two' }]);
    expect(result.current.status).toBe('saved');
  });

  it('keeps a refused change, says why, and sends it under newer ones on retry', async () => {
    let refuse = true;
    const sent: Patch[] = [];
    const { result, remembered } = setup({
      send: async (value) => {
        sent.push(value);
        return refuse ? 'The disk is full.' : null;
      },
    });
    act(() => result.current.change({ title: 'a', body: 'b' }));
    await advance(500);
    expect(result.current.status).toBe('error');
    expect(result.current.error).toBe('The disk is full.');
    expect(remembered.at(-1)).toEqual({ title: 'a', body: 'b' });
    expect(result.current.hasUnsaved()).toBe(true);

    refuse = false;
    act(() => result.current.change({ body: 'newer' }));
    let ok = false;
    await act(async () => void (ok = await result.current.flush()));
    expect(ok).toBe(true);
    expect(sent.at(-1)).toEqual({ title: 'a', body: 'newer' });
    expect(result.current.status).toBe('saved');
    expect(result.current.error).toBeNull();
    expect(remembered.at(-1)).toBeUndefined();
  });

  it('keeps a refused change under one typed while it was in flight', async () => {
    const first = deferred<string | null>();
    const sent: Patch[] = [];
    const { result } = setup({
      send: (value) => {
        sent.push(value);
        return sent.length === 1 ? first.promise : Promise.resolve(null);
      },
    });
    act(() => result.current.change({ title: 'kept', body: 'old' }));
    await advance(500);
    act(() => result.current.change({ body: 'typed meanwhile' }));
    await act(async () => first.resolve('refused'));
    expect(result.current.status).toBe('error');
    await act(async () => void (await result.current.flush()));
    expect(sent.at(-1)).toEqual({ title: 'kept', body: 'typed meanwhile' });
  });

  it('saves at once when the editor goes away or the page is hidden, without waiting for the timer', async () => {
    const { result, sent, unmount } = setup();
    act(() => result.current.change({ title: 'hidden' }));
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    await act(async () => void document.dispatchEvent(new Event('visibilitychange')));
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    expect(sent).toEqual([{ title: 'hidden' }]);

    act(() => result.current.change({ title: 'closing' }));
    unmount();
    await advance(0);
    expect(sent).toEqual([{ title: 'hidden' }, { title: 'closing' }]);
  });

  it('sends what an earlier refused save left over as soon as it is mounted', async () => {
    const { result, sent } = setup({ leftOver: { title: 'left' } });
    await advance(0);
    expect(sent[0]).toEqual({ title: 'left' });
    expect(result.current.status).toBe('saved');
  });
});
