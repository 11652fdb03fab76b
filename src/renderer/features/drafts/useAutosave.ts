import type { Draft, DraftContent } from '../../../shared/domain/draft';
import { useApi } from '../../app/api-context';
import { errorText } from '../../app/error-message';
import { useDebouncedSave, type SaveStatus } from '../../app/useDebouncedSave';

export type { SaveStatus };
export type DraftChange = Partial<DraftContent>;

/** Changes that could not be saved, by draft: kept when the editor closes, and retried when it opens again. */
export type UnsavedChanges = Map<string, DraftChange>;

const mergeChanges = (older: DraftChange, newer: DraftChange): DraftChange => ({ ...older, ...newer });

/**
 * Autosave of one draft (the app's debounced save): changes are merged and sent ~500 ms after the
 * last one, at most 2 s after the first (and at once on `flush`: blur, view change, closing the page);
 * a failed change is kept and merged under newer ones, never dropped.
 */
export function useAutosave(draftId: string, unsaved: UnsavedChanges, onSaved: (draft: Draft) => void) {
  const api = useApi();
  const left = unsaved.get(draftId);
  return useDebouncedSave<DraftChange>({
    merge: mergeChanges,
    send: (change) =>
      api.call('draft.update', { draftId, change }).then((draft) => {
        onSaved(draft);
        return null;
      }, errorText),
    remember: (change) => (change ? unsaved.set(draftId, change) : unsaved.delete(draftId)),
    leftOver: left && Object.keys(left).length > 0 ? left : undefined,
  });
}
