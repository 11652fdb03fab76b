/** How long an informational notice stays up before it closes itself. */
export const INFO_NOTICE_MS = 6_000;

export interface NoticeTimer {
  /** Hover or focus on the notice: the countdown stops. */
  pause(): void;
  /** Pointer and focus left: the countdown goes on with the time that was left. */
  resume(): void;
  /** The notice went away another way: never call onExpire. */
  cancel(): void;
}

/**
 * The countdown of an informational notice. Pausing keeps the time left, so a deputy reading the
 * notice (pointer on it, or focus on its Undo button) never loses it mid-read.
 */
export function startNoticeTimer(onExpire: () => void, durationMs: number = INFO_NOTICE_MS, now: () => number = Date.now): NoticeTimer {
  let left = durationMs;
  let startedAt = 0;
  let handle: ReturnType<typeof setTimeout> | null = null;
  let done = false;
  const run = () => {
    if (done || handle !== null) return;
    startedAt = now();
    handle = setTimeout(() => {
      handle = null;
      done = true;
      onExpire();
    }, left);
  };
  const stop = () => {
    if (handle === null) return;
    clearTimeout(handle);
    handle = null;
    left = Math.max(0, left - (now() - startedAt));
  };
  run();
  return {
    pause: stop,
    resume: run,
    cancel: () => {
      stop();
      done = true;
    },
  };
}
