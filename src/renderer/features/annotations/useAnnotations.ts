import { useCallback, useEffect, useState } from 'react';
import type { Annotation, AnnotationKind } from '../../../shared/domain/annotation';
import { useApi } from '../../app/api-context';

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

/** The renderer's cache of one document's annotations; every change goes through the API first. */
export function useAnnotations(documentId: string, onError: (error: unknown, retry: () => void) => void): AnnotationsApi {
  const api = useApi();
  const [annotations, setAnnotations] = useState<Annotation[] | null>(null);

  const reload = useCallback(
    async function reload(): Promise<void> {
      try {
        const list = await api.call('annotation.list', { documentId });
        setAnnotations(list.filter((a) => a.deletedAt === null));
      } catch (error) {
        onError(error, () => void reload());
      }
    },
    [api, documentId, onError],
  );

  useEffect(() => {
    let live = true;
    // Another document: forget the previous one's annotations until this one's arrive.
    setAnnotations(null);
    api.call('annotation.list', { documentId }).then(
      (list) => live && setAnnotations(list.filter((a) => a.deletedAt === null)),
      (error: unknown) => live && onError(error, () => void reload()),
    );
    return () => {
      live = false;
    };
  }, [api, documentId, onError, reload]);

  const put = useCallback(
    (saved: Annotation) => {
      // An answer about another document (e.g. undoing a delete made before switching) is not
      // this document's: it must never be shown, or re-attached, at this text's offsets.
      if (saved.documentId !== documentId) return saved;
      setAnnotations((list) => {
        const rest = (list ?? []).filter((a) => a.id !== saved.id);
        return saved.deletedAt === null ? [...rest, saved] : rest;
      });
      return saved;
    },
    [documentId],
  );

  const create = useCallback(
    async (range: { start: number; end: number }, draft: AnnotationDraft) =>
      put(await api.call('annotation.create', { documentId, start: range.start, end: range.end, ...draft })),
    [api, documentId, put],
  );
  const update = useCallback(
    async (annotationId: string, draft: AnnotationDraft) => put(await api.call('annotation.update', { annotationId, ...draft })),
    [api, put],
  );
  const remove = useCallback(async (annotationId: string) => put(await api.call('annotation.delete', { annotationId })), [api, put]);
  const reattach = useCallback(
    async (annotationId: string, range: { start: number; end: number }) =>
      put(await api.call('annotation.reattach', { annotationId, start: range.start, end: range.end })),
    [api, put],
  );

  const undoReattach = useCallback(
    async (annotationId: string) => put(await api.call('annotation.undoReattach', { annotationId })),
    [api, put],
  );

  return { annotations, create, update, remove, reattach, undoReattach, reload };
}
