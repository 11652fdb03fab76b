import { useCallback, useEffect, useEffectEvent, useState, type RefObject } from 'react';
import type { Annotation } from '../../shared/domain/annotation';
import { jumpToParagraph } from './reading/jump-to-paragraph';
import type { PlaceElsewhere } from './useCrossDocumentJump';

interface OpenPlaceOptions {
  view: string;
  showReader: () => void;
  /** The document in the reader and its annotations. */
  currentId: string;
  annotations: readonly Annotation[];
  paneRef: RefObject<HTMLElement | null>;
  jumpToAnnotation: (annotation: Annotation) => void;
  /** Opens another document at a place. */
  openElsewhere: (place: PlaceElsewhere) => void;
}

/**
 * Opens the reader at a place from another view (a speech card's passage or annotation): in the
 * document shown, once the reader is visible (no longer inert), the paragraph or annotation is brought
 * into view and flashed; in another document, that document opens there.
 */
export function useOpenPlace({ view, showReader, currentId, annotations, paneRef, jumpToAnnotation, openElsewhere }: OpenPlaceOptions) {
  const [pending, setPending] = useState<PlaceElsewhere | null>(null);
  const jump = useEffectEvent((place: PlaceElsewhere) => {
    const annotation = place.annotationId === null ? undefined : annotations.find((a) => a.id === place.annotationId);
    if (annotation && annotation.status !== 'orphaned') jumpToAnnotation(annotation);
    else if (paneRef.current) jumpToParagraph(paneRef.current, place.paragraphId);
  });
  useEffect(() => {
    if (view !== 'reader' || !pending) return;
    const frame = requestAnimationFrame(() => {
      jump(pending);
      setPending(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [view, pending]);
  return useCallback(
    (place: PlaceElsewhere) => {
      if (place.documentId !== currentId) return openElsewhere(place);
      setPending(place);
      showReader();
    },
    [currentId, openElsewhere, showReader],
  );
}
