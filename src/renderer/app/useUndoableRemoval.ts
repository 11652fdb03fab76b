import { useMemo, useState } from 'react';
import { useApiMutation } from './query/useApiMutation';
import { useApiRead } from './query/useApiQuery';
import { createUndoSteps, undoHistory, type UndoBin, type UndoDeps, type UndoHistory } from './undo-history';

/**
 * The one undo of removals, for every view: the main side keeps what was removed (soft delete) and
 * restores it by id; the page keeps the order of its own steps, and after a reload Ctrl+Z still
 * reaches this run's removals in the main side's bin. `bin.*` goes through the query layer: a restore
 * is a write, so every cached read (the view's list, Your data's removed items) is read again.
 * `kinds` must be a constant; the callbacks stable.
 */
export function useUndoableRemoval({ kinds, notify, restoredNotice, onRestored, failed }: Omit<UndoDeps, 'bin'>): UndoHistory {
  const read = useApiRead();
  const { mutateAsync: restore } = useApiMutation('bin.restore');
  const bin = useMemo<UndoBin>(() => ({ list: (input) => read('bin.list', input), restore }), [read, restore]);
  const [steps] = useState(createUndoSteps);
  return useMemo(
    () => undoHistory(steps, { bin, kinds, notify, restoredNotice, onRestored, failed }),
    [steps, bin, kinds, notify, restoredNotice, onRestored, failed],
  );
}
