import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BinEntry } from '../../../shared/domain/bin';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useUndoableRemoval } from '../../app/useUndoableRemoval';
import type { WorkspaceNotice } from '../../app/workspace-notice';

const SUBMISSION_KINDS = ['submission'] as const;

/**
 * Withdrawing a submission with the app's one undo: it goes to the main side's bin (Your data lists
 * it), the notice offers Undo, and Ctrl+Z (also after a reload) brings it back.
 */
export function useSubmissionWithdrawal({
  notify,
  onRestored,
}: {
  notify: (notice: WorkspaceNotice | null) => void;
  onRestored: (submissionId: string) => void;
}) {
  const { t } = useTranslation();
  const { mutateAsync: withdrawCall } = useApiMutation('submission.withdraw');
  const undo = useUndoableRemoval({
    kinds: SUBMISSION_KINDS,
    notify,
    restoredNotice: useCallback(
      (entry: BinEntry) => ({ key: 'submissions.restored', values: { title: entry.label.trim() || t('submissions.untitled') } }),
      [t],
    ),
    onRestored: useCallback((entry: BinEntry) => onRestored(entry.id), [onRestored]),
    failed: useCallback(
      (error: unknown) => notify({ key: 'submissions.restoreFailed', values: { message: errorText(error) }, tone: 'error' }),
      [notify],
    ),
  });
  const withdraw = useCallback(
    async (submissionId: string, title: string) => {
      try {
        await withdrawCall({ submissionId });
      } catch (error) {
        notify({ key: 'submissions.withdrawFailed', values: { message: errorText(error) }, tone: 'error' });
        return;
      }
      undo.removed(
        { kind: 'submission', id: submissionId },
        { key: 'submissions.withdrawn', values: { title: title.trim() || t('submissions.untitled') } },
      );
    },
    [withdrawCall, undo, notify, t],
  );
  return { withdraw, undoLast: undo.undoLast };
}
