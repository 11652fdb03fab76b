import type { SpeechPointInput } from '../../../shared/contract/speech-api';
import type { SpeechCard, SpeechPoint } from '../../../shared/speech/speech-card';
import { errorText } from '../../app/error-message';
import { setApiQueryData, useQueryClient } from '../../app/query/useApiQuery';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useDebouncedSave } from '../../app/useDebouncedSave';

/** Points not yet saved, by card: kept while the editor is closed, retried when it opens again. */
export type UnsavedPoints = Map<string, SpeechPoint[]>;

const toInput = (p: SpeechPoint): SpeechPointInput => ({
  id: p.id,
  text: p.text,
  passages: p.passages.map(({ documentId, paragraphId }) => ({ documentId, paragraphId })),
  annotationIds: p.annotationIds,
});

/** Autosave of a card's points (the app's debounced save): the whole list, in order, replaces the stored one. */
export function usePointsAutosave(cardId: string, unsaved: UnsavedPoints) {
  const client = useQueryClient();
  const setPoints = useApiMutation('speech.setPoints', { invalidate: false });
  return useDebouncedSave<SpeechPoint[]>({
    merge: (_older, newer) => newer,
    send: (points) =>
      setPoints.mutateAsync({ cardId, points: points.map(toInput) }).then((saved) => {
        setApiQueryData(client, 'speech.list', {}, (cards) => cards?.map((c: SpeechCard) => (c.id === saved.id ? saved : c)));
        return null;
      }, errorText),
    remember: (points) => (points ? unsaved.set(cardId, points) : unsaved.delete(cardId)),
    leftOver: unsaved.get(cardId),
  });
}

/** A new point with its own id (the editor names it, so saves made while typing never make two). */
export const newPoint = (): SpeechPoint => ({ id: `p-${crypto.randomUUID()}`, text: '', passages: [], annotationIds: [] });
