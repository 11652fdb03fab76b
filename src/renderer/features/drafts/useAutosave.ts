import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, DraftContent } from '../../../shared/domain/draft';
import { useApi } from '../../app/api-context';
import { errorText } from '../../app/error-message';
import { nextSaveDelay } from '../../app/autosave-timing';
import { useSaveOnLeave } from '../../app/useSaveOnLeave';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';
export type DraftChange = Partial<DraftContent>;

/** Changes that could not be saved, by draft: kept when the editor closes, and retried when it opens again. */
export type UnsavedChanges = Map<string, DraftChange>;

/**
 * Autosave of one draft: changes are merged and sent ~500 ms after the last one, at most 2 s after
 * the first (and at once on `flush`: blur, view change, closing the page); one call at a time; a
 * failed change is kept and merged under newer ones, never dropped.
 */
export function useAutosave(draftId: string, unsaved: UnsavedChanges, onSaved: (draft: Draft) => void) {
  const api = useApi();
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<DraftChange>({});
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | null>(null);
  const firstUnsavedAt = useRef<number | null>(null);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  const flush = useCallback(async (): Promise<boolean> => {
    firstUnsavedAt.current = null;
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    while (inFlight.current) await inFlight.current;
    const change = pending.current;
    if (Object.keys(change).length === 0) return true;
    pending.current = {};
    setStatus('saving');
    let ok = false;
    const call = api.call('draft.update', { draftId, change }).then(
      (draft) => {
        ok = true;
        if (Object.keys(pending.current).length === 0) {
          unsaved.delete(draftId);
          setStatus('saved');
          setError(null);
        } else {
          setStatus('pending');
        }
        onSavedRef.current(draft);
      },
      (failure: unknown) => {
        pending.current = { ...change, ...pending.current };
        unsaved.set(draftId, pending.current);
        setError(errorText(failure));
        setStatus('error');
      },
    );
    inFlight.current = call.finally(() => {
      inFlight.current = null;
    });
    await inFlight.current;
    return ok;
  }, [api, draftId, unsaved]);

  const change = useCallback(
    (patch: DraftChange) => {
      firstUnsavedAt.current ??= Date.now();
      pending.current = { ...pending.current, ...patch };
      unsaved.set(draftId, pending.current);
      setStatus((s) => (s === 'pending' ? s : 'pending'));
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        timer.current = null;
        firstUnsavedAt.current = null;
        void flush();
      }, nextSaveDelay(firstUnsavedAt.current, Date.now()));
    },
    [draftId, unsaved, flush],
  );

  // Changes left over from an earlier failed save of this draft are retried at once.
  useEffect(() => {
    const left = unsaved.get(draftId);
    if (left && Object.keys(left).length > 0) {
      pending.current = { ...left, ...pending.current };
      void flush();
    }
  }, [draftId, unsaved, flush]);

  // Save what is typed when the page is closed or hidden, and when the editor goes away (view change, other draft).
  useSaveOnLeave(useCallback(() => void flush(), [flush]));

  return { status, error, change, flush, hasUnsaved: () => Object.keys(pending.current).length > 0 };
}
