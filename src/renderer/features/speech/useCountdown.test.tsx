import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCountdown } from './useCountdown';

describe('useCountdown (fake timers: no real waiting)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2027, 0, 18, 9, 0, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down once started, holds when paused, and goes into overtime', () => {
    const { result } = renderHook(() => useCountdown(180_000));
    expect(result.current).toMatchObject({ remainingMs: 180_000, phase: 'ready' });
    act(() => result.current.start());
    act(() => void vi.advanceTimersByTime(60_000));
    expect(result.current).toMatchObject({ remainingMs: 120_000, phase: 'running' });
    act(() => result.current.pause());
    act(() => void vi.advanceTimersByTime(30_000));
    expect(result.current).toMatchObject({ remainingMs: 120_000, phase: 'paused' });
    act(() => result.current.start());
    act(() => void vi.advanceTimersByTime(125_000));
    expect(result.current.phase).toBe('overtime');
    expect(result.current.remainingMs).toBe(-5_000);
    act(() => result.current.reset());
    expect(result.current).toMatchObject({ remainingMs: 180_000, phase: 'ready', running: false });
  });

  it('starts afresh when the time given changes', () => {
    const { result, rerender } = renderHook(({ total }) => useCountdown(total), { initialProps: { total: 180_000 } });
    act(() => result.current.start());
    act(() => void vi.advanceTimersByTime(10_000));
    rerender({ total: 300_000 });
    expect(result.current).toMatchObject({ remainingMs: 300_000, phase: 'ready' });
  });
});
