/**
 * The practice count-down as a value: how much time is left at a given moment, running or paused.
 * Pure (the moment is passed in), so it is tested without waiting; the view re-reads it on a timer.
 */
export interface Countdown {
  /** Milliseconds the speech is given. */
  totalMs: number;
  /** Milliseconds used before the current run started. */
  usedMs: number;
  /** When the current run started (ms since the epoch), or null while paused or not started. */
  runningSince: number | null;
}

export const countdown = (totalMs: number): Countdown => ({ totalMs, usedMs: 0, runningSince: null });

export function usedAt(c: Countdown, now: number): number {
  return c.usedMs + (c.runningSince === null ? 0 : Math.max(0, now - c.runningSince));
}

/** Milliseconds left (negative once over time: the speaker is told by how much). */
export const remainingAt = (c: Countdown, now: number): number => c.totalMs - usedAt(c, now);

export const start = (c: Countdown, now: number): Countdown => (c.runningSince === null ? { ...c, runningSince: now } : c);
export const pause = (c: Countdown, now: number): Countdown =>
  c.runningSince === null ? c : { ...c, usedMs: usedAt(c, now), runningSince: null };
export const reset = (c: Countdown): Countdown => countdown(c.totalMs);

export type CountdownPhase = 'ready' | 'running' | 'paused' | 'overtime';

/** Where the practice is: not started, running, paused, or past the time (running or not). */
export function phaseAt(c: Countdown, now: number): CountdownPhase {
  if (remainingAt(c, now) <= 0) return 'overtime';
  if (c.runningSince !== null) return 'running';
  return c.usedMs > 0 ? 'paused' : 'ready';
}
