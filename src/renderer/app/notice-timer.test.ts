import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INFO_NOTICE_MS, startNoticeTimer } from './notice-timer';

describe('an informational notice closes itself', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('after about six seconds, not before', () => {
    const close = vi.fn();
    startNoticeTimer(close);
    expect(INFO_NOTICE_MS).toBeGreaterThanOrEqual(4_000);
    vi.advanceTimersByTime(INFO_NOTICE_MS - 1);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('stays up while hovered or focused, and goes on with the time that was left', () => {
    const close = vi.fn();
    const timer = startNoticeTimer(close, 6_000);
    vi.advanceTimersByTime(4_000);
    timer.pause();
    vi.advanceTimersByTime(60_000);
    expect(close).not.toHaveBeenCalled();
    timer.resume();
    vi.advanceTimersByTime(1_999);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('pausing twice (hover and focus together) and resuming twice keeps one countdown', () => {
    const close = vi.fn();
    const timer = startNoticeTimer(close, 6_000);
    timer.pause();
    timer.pause();
    timer.resume();
    timer.resume();
    vi.advanceTimersByTime(6_000);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('never fires once the notice was dismissed or replaced', () => {
    const close = vi.fn();
    const timer = startNoticeTimer(close, 6_000);
    timer.cancel();
    timer.resume();
    vi.advanceTimersByTime(60_000);
    expect(close).not.toHaveBeenCalled();
  });
});
