import type { SubmissionFields } from '../../../shared/domain/submission';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useDebouncedSave } from '../../app/useDebouncedSave';

type Change = Partial<SubmissionFields>;

/** Changes not saved yet, by submission: kept outside the editor so that switching submissions loses nothing. */
const unsaved = new Map<string, Change>();

/** Autosave of one submission's record: patches merge, are sent shortly after the last change, and retried when refused. */
export function useSubmissionSave(submissionId: string) {
  const mutation = useApiMutation('submission.update');
  const { mutateAsync } = mutation;
  return useDebouncedSave<Change>({
    merge: (older, newer) => ({ ...older, ...newer }),
    send: async (change) => {
      try {
        await mutateAsync({ submissionId, change });
        return null;
      } catch (error) {
        return errorText(error);
      }
    },
    remember: (change) => (change === undefined ? unsaved.delete(submissionId) : unsaved.set(submissionId, change)),
    // Read once, when the editor mounts (useDebouncedSave keeps the first value).
    leftOver: unsaved.get(submissionId),
  });
}

export function unsavedChange(submissionId: string): Change | undefined {
  return unsaved.get(submissionId);
}
