import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS, useReadingPosition } from './useReadingPosition';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

function reader(save: (paragraphId: string) => Promise<void>, initialParagraphId: string | null = 'p-1') {
  const paneRef = { current: document.createElement('div') };
  return renderHook(({ onSave }) => useReadingPosition({ paneRef, initialParagraphId, textSize: 16, save: onSave }), {
    initialProps: { onSave: save },
  });
}

describe('useReadingPosition', () => {
  it('saves the paragraph at the top once scrolling has stopped for a moment, not every paragraph passed', async () => {
    const save = vi.fn(async () => undefined);
    const { result } = reader(save);
    act(() => result.current.onTopParagraph('p-2'));
    await advance(SAVE_DELAY_MS / 2);
    act(() => result.current.onTopParagraph('p-3'));
    await advance(SAVE_DELAY_MS - 1);
    expect(save).not.toHaveBeenCalled();
    await advance(1);
    expect(save.mock.calls).toEqual([['p-3']]);
  });

  it('saves at once, through the newest save it was given, when the reader goes away or the page is hidden', async () => {
    const first = vi.fn(async () => undefined);
    const newest = vi.fn(async () => undefined);
    const { result, rerender, unmount } = reader(first);
    rerender({ onSave: newest });
    act(() => result.current.onTopParagraph('p-7'));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(newest.mock.calls).toEqual([['p-7']]);
    act(() => result.current.onTopParagraph('p-8'));
    unmount();
    expect(newest.mock.calls).toEqual([['p-7'], ['p-8']]);
    expect(first).not.toHaveBeenCalled();
  });

  it('tries a refused position again with the next change, and does not save the one it started on', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const { result, unmount } = reader(save);
    act(() => result.current.onTopParagraph('p-1'));
    await advance(SAVE_DELAY_MS);
    expect(save).not.toHaveBeenCalled();
    act(() => result.current.onTopParagraph('p-4'));
    await advance(SAVE_DELAY_MS);
    act(() => result.current.onTopParagraph('p-5'));
    act(() => result.current.onTopParagraph('p-4'));
    unmount();
    expect(save.mock.calls).toEqual([['p-4'], ['p-4']]);
  });
});
