import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../shared/domain/import-refusal';
import { useApi } from './api-context';

/** An import shows its progress once it has run this long (shorter ones just finish). */
export const SHOW_PROGRESS_AFTER_MS = 1000;
const POLL_MS = 400;

export interface ImportActivity extends ImportProgress {
  fileName: string;
}

/**
 * Runs an import call under an id of its own, so that after a second the page shows how far it is
 * (`library.importProgress`) and the deputy can cancel it (`library.cancelImport`). One at a time.
 */
export function useTrackedImport() {
  const api = useApi();
  const [activity, setActivity] = useState<ImportActivity | null>(null);
  const running = useRef<string | null>(null);
  const timers = useRef<{ show?: ReturnType<typeof setTimeout>; poll?: ReturnType<typeof setInterval> }>({});

  const stopTimers = useCallback(() => {
    clearTimeout(timers.current.show);
    clearInterval(timers.current.poll);
    timers.current = {};
  }, []);
  useEffect(() => stopTimers, [stopTimers]);

  const run = useCallback(
    async <T>(fileName: string, call: (importId: string) => Promise<T>): Promise<T> => {
      const importId = crypto.randomUUID();
      running.current = importId;
      const ask = async () => {
        const progress = await api.call('library.importProgress', { importId }).catch(() => null);
        if (progress && running.current === importId) setActivity({ fileName, ...progress });
      };
      timers.current.show = setTimeout(() => {
        setActivity({ fileName, stage: 'starting', done: 0, total: null, elapsedMs: SHOW_PROGRESS_AFTER_MS });
        void ask();
        timers.current.poll = setInterval(() => void ask(), POLL_MS);
      }, SHOW_PROGRESS_AFTER_MS);
      try {
        return await call(importId);
      } finally {
        if (running.current === importId) running.current = null;
        stopTimers();
        setActivity(null);
      }
    },
    [api, stopTimers],
  );

  const cancel = useCallback(() => {
    const importId = running.current;
    if (importId) void api.call('library.cancelImport', { importId }).catch(() => undefined);
  }, [api]);

  return { activity, run, cancel };
}
