import { useEffect, useEffectEvent, useState } from 'react';
import { createDebouncedSaver, type SaveStatus } from './debounced-saver';
import { useSaveOnLeave } from './useSaveOnLeave';

export type { SaveStatus };

export interface DebouncedSaveOptions<T> {
  /** Combines two waiting changes (a patch merges, a whole text replaces). */
  merge: (older: T, newer: T) => T;
  /** Sends one value; null when saved, else the refusal in words. */
  send: (value: T) => Promise<string | null>;
  /** What is not saved yet, or undefined once saved: kept outside the editor, so closing it loses nothing. */
  remember: (value: T | undefined) => void;
  /** Left over from an earlier refused save: sent at once when mounted. */
  leftOver?: T | undefined;
}

/**
 * Autosave of one thing (mount it once per draft or item): changes are sent ~500 ms after the last
 * one, at most 2 s after the first, at once on `flush` (blur, export), and when the page is hidden or
 * closed or the editor goes away. One call at a time; a refused change is kept and retried.
 */
export function useDebouncedSave<T>({ merge, send, remember, leftOver }: DebouncedSaveOptions<T>) {
  const [saver] = useState(() => createDebouncedSaver(merge));
  const [state, setState] = useState<{ status: SaveStatus; error: string | null }>({
    status: leftOver === undefined ? 'saved' : 'pending',
    error: null,
  });
  const onSend = useEffectEvent(send);
  const onRemember = useEffectEvent(remember);
  const [initialLeftOver] = useState(leftOver);

  useEffect(() => {
    saver.connect({
      send: (value) => onSend(value),
      remember: (value) => onRemember(value),
      // Unchanged (every keystroke says "pending"): no re-render of the editor that holds the save.
      onState: (status, error) => setState((shown) => (shown.status === status && shown.error === error ? shown : { status, error })),
    });
    if (initialLeftOver !== undefined) {
      saver.change(initialLeftOver);
      void saver.flush();
    }
    return () => saver.dispose();
  }, [saver, initialLeftOver]);

  useSaveOnLeave(saver.flush);

  return { status: state.status, error: state.error, change: saver.change, flush: saver.flush, hasUnsaved: saver.hasUnsaved };
}
