import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportProgress } from '../../shared/domain/import-refusal';
import { deferred, fakeApi, providers } from '../test-support/fake-api';
import { PROGRESS_POLL_MS, SHOW_PROGRESS_AFTER_MS, useTrackedImport } from './useTrackedImport';

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setUp() {
  let progress: ImportProgress | null = { stage: 'parsing', done: 3, total: 12, elapsedMs: 1200 };
  const cancelled: string[] = [];
  const { client, calls } = fakeApi({
    'library.importProgress': () => progress,
    'library.cancelImport': ({ importId }) => (cancelled.push(importId), { cancelled: true }),
  });
  const hook = renderHook(() => useTrackedImport(), { wrapper: providers(client) });
  const reads = () => calls.filter((c) => c.method === 'library.importProgress').length;
  return { hook, calls, cancelled, reads, setProgress: (p: ImportProgress | null) => (progress = p) };
}

describe('useTrackedImport', () => {
  it('shows nothing for a short import, and reads no progress for it', async () => {
    const { hook, reads } = setUp();
    const done = deferred<string>();
    let answer: Promise<string> | undefined;
    act(() => void (answer = hook.result.current.run('预算报告.docx', () => done.promise)));
    await advance(SHOW_PROGRESS_AFTER_MS - 1);
    done.resolve('read');
    await act(async () => void (await answer));
    await advance(SHOW_PROGRESS_AFTER_MS * 3);
    expect(hook.result.current.activity).toBeNull();
    expect(reads()).toBe(0);
  });

  it('after a second shows how far the import is, read again while it runs, and stops reading once it ends', async () => {
    const { hook, reads, setProgress } = setUp();
    const done = deferred<string>();
    let answer: Promise<string> | undefined;
    let importId = '';
    act(() => void (answer = hook.result.current.run('预算报告.docx', (id) => ((importId = id), done.promise))));
    await advance(SHOW_PROGRESS_AFTER_MS - 1);
    expect(hook.result.current.activity).toBeNull();
    await advance(1);
    // Shown at once, then with what the main side answers.
    expect(hook.result.current.activity).toMatchObject({ fileName: '预算报告.docx', stage: 'starting' });
    await advance(10);
    expect(hook.result.current.activity).toEqual({ fileName: '预算报告.docx', stage: 'parsing', done: 3, total: 12, elapsedMs: 1200 });
    expect(importId).not.toBe('');
    setProgress({ stage: 'parsing', done: 9, total: 12, elapsedMs: 1600 });
    await advance(PROGRESS_POLL_MS);
    expect(hook.result.current.activity).toMatchObject({ done: 9, elapsedMs: 1600 });
    const readsWhileRunning = reads();
    expect(readsWhileRunning).toBeGreaterThanOrEqual(2);

    done.resolve('read');
    await act(async () => void (await answer));
    expect(hook.result.current.activity).toBeNull();
    await advance(PROGRESS_POLL_MS * 5);
    expect(reads()).toBe(readsWhileRunning);
  });

  it('Cancel asks the main side to stop the running import by its id; with none running it asks nothing', async () => {
    const { hook, cancelled, calls } = setUp();
    act(() => hook.result.current.cancel());
    await advance(10);
    expect(calls.map((c) => c.method)).not.toContain('library.cancelImport');
    const done = deferred<string>();
    let importId = '';
    act(() => void hook.result.current.run('plan.pdf', (id) => ((importId = id), done.promise)).catch(() => undefined));
    await advance(SHOW_PROGRESS_AFTER_MS);
    act(() => hook.result.current.cancel());
    await advance(10);
    expect(cancelled).toEqual([importId]);
    done.reject(new Error('cancelled'));
    await advance(10);
    expect(hook.result.current.activity).toBeNull();
  });
});
