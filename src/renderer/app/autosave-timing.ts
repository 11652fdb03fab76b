/** Quiet time after the last keystroke before a save is sent. */
export const AUTOSAVE_QUIET_MS = 500;
/** The longest typing may go unsaved, even when the deputy never pauses. */
export const AUTOSAVE_MAX_WAIT_MS = 2_000;

/**
 * Delay before the next autosave: AUTOSAVE_QUIET_MS after the last change, but never later than
 * AUTOSAVE_MAX_WAIT_MS after the first unsaved one (steady typing must not postpone saving forever).
 */
export function nextSaveDelay(firstUnsavedAt: number, now: number): number {
  return Math.max(0, Math.min(AUTOSAVE_QUIET_MS, firstUnsavedAt + AUTOSAVE_MAX_WAIT_MS - now));
}
