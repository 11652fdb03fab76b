import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BinEntry } from '../../../shared/domain/bin';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useUndoableRemoval } from '../../app/useUndoableRemoval';
import type { WorkspaceNotice } from '../../app/workspace-notice';

const SPEECH_KINDS = ['speechCard'] as const;

/**
 * Deleting a speech card with the app's one undo: the card goes to the main side's bin, the notice
 * offers Undo, and Ctrl+Z (also after a reload) brings it back. The list is read again by the query layer.
 */
export function useSpeechRemoval({
  notify,
  onRestored,
}: {
  notify: (notice: WorkspaceNotice | null) => void;
  onRestored: (cardId: string) => void;
}) {
  const { t } = useTranslation();
  const { mutateAsync: removeCard } = useApiMutation('speech.remove');
  const failed = useCallback(
    (error: unknown) => notify({ key: 'speech.restoreFailed', values: { message: errorText(error) }, tone: 'error' }),
    [notify],
  );
  const undo = useUndoableRemoval({
    kinds: SPEECH_KINDS,
    notify,
    restoredNotice: useCallback(
      (entry: BinEntry) => ({ key: 'speech.restored', values: { title: entry.label.trim() || t('speech.untitled') } }),
      [t],
    ),
    onRestored: useCallback((entry: BinEntry) => onRestored(entry.id), [onRestored]),
    failed,
  });
  /** Answers whether the card was removed (a refusal is said in the notice). */
  const remove = useCallback(
    async (cardId: string, title: string): Promise<boolean> => {
      try {
        await removeCard({ cardId });
      } catch (error) {
        notify({ key: 'speech.removeFailed', values: { message: errorText(error) }, tone: 'error' });
        return false;
      }
      undo.removed({ kind: 'speechCard', id: cardId }, { key: 'speech.removed', values: { title: title.trim() || t('speech.untitled') } });
      return true;
    },
    [removeCard, undo, notify, t],
  );
  return { remove, undoLast: undo.undoLast };
}
