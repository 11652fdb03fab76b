import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../shared/domain/import-refusal';
import { useApiMutation } from './query/useApiMutation';
import { useApiQuery } from './query/useApiQuery';

/** An import shows its progress once it has run this long (shorter ones just finish). */
export const SHOW_PROGRESS_AFTER_MS = 1000;
/** How often a shown import's progress is read again. */
export const PROGRESS_POLL_MS = 400;

export interface ImportActivity extends ImportProgress {
  fileName: string;
}

interface Tracked {
  importId: string;
  fileName: string;
  /** Set once the import has run SHOW_PROGRESS_AFTER_MS: from then on its progress is read and shown. */
  shown: boolean;
}

/**
 * Runs an import call under an id of its own, so that after a second the page shows how far it is
 * (`library.importProgress`, a query read again every PROGRESS_POLL_MS while it is shown) and the
 * deputy can cancel it (`library.cancelImport`, through the mutation layer). One at a time.
 */
export function useTrackedImport() {
  const [tracked, setTracked] = useState<Tracked | null>(null);
  const running = useRef<string | null>(null);
  const showTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(showTimer.current), []);

  const shown = tracked?.shown === true;
  const progress = useApiQuery(
    'library.importProgress',
    { importId: tracked?.importId ?? '' },
    // The main side may not know the id yet (the call is on its way): a failed read is just tried at the next tick.
    { enabled: shown, refetchInterval: shown ? PROGRESS_POLL_MS : false, refetchIntervalInBackground: true },
  );
  const { mutate: cancelImport } = useApiMutation('library.cancelImport');

  const run = useCallback(async <T>(fileName: string, call: (importId: string) => Promise<T>): Promise<T> => {
    const importId = crypto.randomUUID();
    running.current = importId;
    setTracked({ importId, fileName, shown: false });
    showTimer.current = setTimeout(
      () => setTracked((now) => (now?.importId === importId ? { ...now, shown: true } : now)),
      SHOW_PROGRESS_AFTER_MS,
    );
    try {
      return await call(importId);
    } finally {
      clearTimeout(showTimer.current);
      if (running.current === importId) {
        running.current = null;
        setTracked(null);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    const importId = running.current;
    if (importId) cancelImport({ importId });
  }, [cancelImport]);

  const activity: ImportActivity | null =
    tracked && shown
      ? {
          fileName: tracked.fileName,
          ...(progress.data ?? { stage: 'starting', done: 0, total: null, elapsedMs: SHOW_PROGRESS_AFTER_MS }),
        }
      : null;
  return { activity, run, cancel };
}
