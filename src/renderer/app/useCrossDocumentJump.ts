import { useCallback, useEffect, useRef } from 'react';
import type { Annotation } from '../../shared/domain/annotation';

/** A place in a document that is not the open one: a paragraph, and the annotation there if it is one. */
export interface PlaceElsewhere {
  documentId: string;
  paragraphId: string;
  annotationId: string | null;
}

interface CrossDocumentJumpOptions {
  /** The document open in the reader, and its annotations (null while they load). */
  documentId: string;
  annotations: readonly Annotation[] | null;
  jumpTo: (annotation: Annotation) => void;
}

/**
 * Brings the reader to a place in another document (an annotation card, a search result): the reader starts at the
 * place's paragraph (`startAt`), and for an annotation, once that document's annotations are loaded, it is
 * brought into view and focused.
 */
export function useCrossDocumentJump({ documentId, annotations, jumpTo }: CrossDocumentJumpOptions) {
  const pending = useRef<{ documentId: string; annotationId: string | null; paragraphId: string | null } | null>(null);

  useEffect(() => {
    const wanted = pending.current;
    if (!wanted || wanted.annotationId === null || wanted.documentId !== documentId || !annotations) return;
    // The first render of the new document may still hold the previous one's list: wait for this one's.
    const found = annotations.find((a) => a.id === wanted.annotationId);
    if (!found) {
      if (annotations.some((a) => a.documentId === documentId)) pending.current = null;
      return;
    }
    pending.current = null;
    // After the frame: the highlights of the new list are painted by then, and the jump focuses one.
    const frame = requestAnimationFrame(() => jumpTo(found));
    return () => cancelAnimationFrame(frame);
  }, [documentId, annotations, jumpTo]);

  /** Called before opening the place's document. */
  const expect = useCallback((place: PlaceElsewhere) => {
    pending.current = { ...place };
  }, []);
  /** Where the reader opening a document starts: the wanted place's paragraph when there is one, else `saved`. */
  const startAt = useCallback((saved: string | null) => {
    const wanted = pending.current;
    if (!wanted?.paragraphId) return saved;
    const paragraphId = wanted.paragraphId;
    pending.current = wanted.annotationId === null ? null : { ...wanted, paragraphId: null };
    return paragraphId;
  }, []);
  return { expect, startAt };
}
