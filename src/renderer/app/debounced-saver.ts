import { nextSaveDelay } from './autosave-timing';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface SaverHandlers<T> {
  /** Sends one value; null when the main side accepted it, else its words for the refusal. */
  send(value: T): Promise<string | null>;
  /** What is not saved yet (undefined once all is saved): kept by the caller so a closed editor loses nothing. */
  remember(value: T | undefined): void;
  onState(status: SaveStatus, error: string | null): void;
}

export interface DebouncedSaver<T> {
  connect(handlers: SaverHandlers<T>): void;
  /** A change: merged with what is waiting, sent ~500 ms after the last one and at most 2 s after the first. */
  change(value: T): void;
  /** Sends what is waiting now (after the call in flight); false when it was refused. */
  flush(): Promise<boolean>;
  hasUnsaved(): boolean;
  /** Stops the timer (the owner saves on leave with `flush` first). */
  dispose(): void;
}

/**
 * The autosave state machine, outside React: one call at a time, changes merged while one is in
 * flight, and a refused change kept and merged under newer ones (never dropped, retried by the next
 * flush). `merge(older, newer)` combines two waiting changes.
 */
export function createDebouncedSaver<T>(merge: (older: T, newer: T) => T, now: () => number = Date.now): DebouncedSaver<T> {
  let handlers: SaverHandlers<T> | null = null;
  let pending: { value: T } | null = null;
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstUnsavedAt: number | null = null;
  let error: string | null = null;

  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  // Told only when it changes: every keystroke says "pending", and each telling costs the editor a render.
  let told: { status: SaveStatus; error: string | null } | null = null;
  const state = (status: SaveStatus) => {
    if (told?.status === status && told.error === error) return;
    told = { status, error };
    handlers?.onState(status, error);
  };

  const sendOnce = async (): Promise<boolean> => {
    const current = pending;
    if (!current || !handlers) return true;
    pending = null;
    state('saving');
    const failure = await handlers.send(current.value).catch((thrown: unknown) => String(thrown));
    // Changes made while the call was in flight (TypeScript cannot see them arrive during the await).
    const newer = pending as { value: T } | null;
    if (failure === null) {
      if (newer === null) {
        error = null;
        handlers.remember(undefined);
        state('saved');
      } else state('pending');
      return true;
    }
    pending = { value: newer ? merge(current.value, newer.value) : current.value };
    handlers.remember(pending.value);
    error = failure;
    state('error');
    return false;
  };

  const flush = async (): Promise<boolean> => {
    firstUnsavedAt = null;
    stopTimer();
    while (inFlight) await inFlight;
    if (!pending) return true;
    const run = sendOnce();
    inFlight = run.finally(() => {
      inFlight = null;
    });
    return run;
  };

  return {
    connect(next) {
      handlers = next;
      told = null;
    },
    change(value) {
      firstUnsavedAt ??= now();
      pending = { value: pending ? merge(pending.value, value) : value };
      handlers?.remember(pending.value);
      state('pending');
      stopTimer();
      timer = setTimeout(
        () => {
          timer = null;
          void flush();
        },
        nextSaveDelay(firstUnsavedAt, now()),
      );
    },
    flush,
    hasUnsaved: () => pending !== null,
    dispose: stopTimer,
  };
}
