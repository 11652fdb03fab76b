import { useCallback, useEffect, useState } from 'react';
import { countdown, pause, phaseAt, remainingAt, reset, start, type Countdown } from '../../../shared/speech/countdown';

/** How often the shown time is read again while running (a quarter second keeps the seconds exact). */
export const TICK_MS = 250;

/**
 * The practice count-down of `totalMs`: start, pause, reset, and the time left as it runs (re-read on a
 * timer, from the clock, so a slow tick never loses time). A new total starts afresh.
 */
export function useCountdown(totalMs: number, now: () => number = Date.now) {
  const [state, setState] = useState<Countdown>(() => countdown(totalMs));
  const [at, setAt] = useState(now);
  const [shownTotal, setShownTotal] = useState(totalMs);
  if (shownTotal !== totalMs) {
    setShownTotal(totalMs);
    setState(countdown(totalMs));
  }
  const running = state.runningSince !== null;
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setAt(now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, [running, now]);
  const act = useCallback(
    (change: (c: Countdown, t: number) => Countdown) => {
      const t = now();
      setAt(t);
      setState((c) => change(c, t));
    },
    [now],
  );
  return {
    remainingMs: remainingAt(state, at),
    phase: phaseAt(state, at),
    running,
    start: useCallback(() => act(start), [act]),
    pause: useCallback(() => act(pause), [act]),
    reset: useCallback(() => act((c) => reset(c)), [act]),
  };
}
