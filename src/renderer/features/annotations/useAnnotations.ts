import { useCallback, useEffect, useEffectEvent } from 'react';
import type { Annotation, AnnotationKind } from '../../../shared/domain/annotation';
import { useApiMutation } from '../../app/query/useApiMutation';
import { setApiQueryData, useApiQuery, useApiReadEarly, useQueryClient } from '../../app/query/useApiQuery';

export interface AnnotationDraft {
  kind: AnnotationKind;
  note: string;
  tags: string[];
}

export interface AnnotationsApi {
  /** Live (not deleted) annotations of the document; null until loaded. */
  annotations: Annotation[] | null;
  create(range: { start: number; end: number }, draft: AnnotationDraft): Promise<Annotation>;
  update(annotationId: string, draft: AnnotationDraft): Promise<Annotation>;
  remove(annotationId: string): Promise<Annotation>;
  reattach(annotationId: string, range: { start: number; end: number }): Promise<Annotation>;
  /** Puts back the placement the last re-attach of this annotation replaced. */
  undoReattach(annotationId: string): Promise<Annotation>;
  reload(): Promise<void>;
}

const live = (list: Annotation[]) => list.filter((a) => a.deletedAt === null);

/**
 * One document's annotations, read through the query cache (a document switched to shows nothing
 * until its own arrive); every change goes through the API first and its answer is put into the
 * cache of the document it belongs to.
 */
export function useAnnotations(documentId: string, onError: (error: unknown, retry: () => void) => void): AnnotationsApi {
  const queryClient = useQueryClient();
  // Asked for as the reader renders: the highlights need not wait for the text's first layout and paint to be asked for.
  useApiReadEarly('annotation.list', { documentId });
  const query = useApiQuery('annotation.list', { documentId }, { select: live });
  const { refetch, error } = query;

  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);
  const reportError = useEffectEvent((problem: unknown) => onError(problem, () => void refetch()));
  useEffect(() => {
    if (error) reportError(error);
  }, [error]);

  // An answer about another document (e.g. undoing a delete made before switching) goes into that
  // document's list only: it is never shown, or re-attached, at this text's offsets.
  const put = (saved: Annotation) => {
    setApiQueryData(queryClient, 'annotation.list', { documentId: saved.documentId }, (list) =>
      list ? [...list.filter((a) => a.id !== saved.id), saved] : list,
    );
  };
  const options = { invalidate: false, onSuccess: put };
  const createCall = useApiMutation('annotation.create', options).mutateAsync;
  const updateCall = useApiMutation('annotation.update', options).mutateAsync;
  const removeCall = useApiMutation('annotation.delete', options).mutateAsync;
  const reattachCall = useApiMutation('annotation.reattach', options).mutateAsync;
  const undoReattachCall = useApiMutation('annotation.undoReattach', options).mutateAsync;

  return {
    annotations: query.data ?? null,
    create: useCallback(
      (range: { start: number; end: number }, draft: AnnotationDraft) =>
        createCall({ documentId, start: range.start, end: range.end, ...draft }),
      [createCall, documentId],
    ),
    update: useCallback((annotationId: string, draft: AnnotationDraft) => updateCall({ annotationId, ...draft }), [updateCall]),
    remove: useCallback((annotationId: string) => removeCall({ annotationId }), [removeCall]),
    reattach: useCallback(
      (annotationId: string, range: { start: number; end: number }) => reattachCall({ annotationId, start: range.start, end: range.end }),
      [reattachCall],
    ),
    undoReattach: useCallback((annotationId: string) => undoReattachCall({ annotationId }), [undoReattachCall]),
    reload,
  };
}
