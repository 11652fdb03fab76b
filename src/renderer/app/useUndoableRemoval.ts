import { useMemo, useState } from 'react';
import { useApi } from './api-context';
import { createUndoSteps, undoHistory, type UndoDeps, type UndoHistory } from './undo-history';

/**
 * The one undo of removals, for every view: the main side keeps what was removed (soft delete) and
 * restores it by id; the page keeps the order of its own steps, and after a reload Ctrl+Z still
 * reaches this run's removals in the main side's bin. `kinds` must be a constant; the callbacks stable.
 */
export function useUndoableRemoval({ kinds, notify, restoredNotice, onRestored, failed }: Omit<UndoDeps, 'api'>): UndoHistory {
  const api = useApi();
  const [steps] = useState(createUndoSteps);
  return useMemo(
    () => undoHistory(steps, { api, kinds, notify, restoredNotice, onRestored, failed }),
    [steps, api, kinds, notify, restoredNotice, onRestored, failed],
  );
}
