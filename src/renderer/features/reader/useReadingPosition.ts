import { useEffect, useEffectEvent, useLayoutEffect, useState, type RefObject } from 'react';
import { paragraphElementId } from '../../app/reading/dom-ids';
import { scrollTopFor } from '../../app/reading/scrolling';

export const SAVE_DELAY_MS = 400;

interface ReadingPositionOptions {
  paneRef: RefObject<HTMLElement | null>;
  /** Paragraph saved last time (from reading.getPosition), restored once on mount. */
  initialParagraphId: string | null;
  /** When it changes, the paragraph at the top stays at the top. */
  textSize: number;
  save: (paragraphId: string) => Promise<void>;
}

/**
 * Restores the saved reading position on load (instantly), keeps the top paragraph in place when the
 * text size changes, and saves the paragraph at the top ~400 ms after the deputy stops scrolling (and
 * at once when the page is hidden or the reader goes away).
 */
export function useReadingPosition({ paneRef, initialParagraphId, textSize, save }: ReadingPositionOptions) {
  const [position] = useState(() => positionSaver(initialParagraphId));
  const onSave = useEffectEvent(save);

  // Runs on mount (the restore) and after each text-size change (keep the top paragraph at the top).
  useLayoutEffect(() => {
    const pane = paneRef.current;
    const id = position.top();
    if (!pane || id === null) return;
    const paragraph = document.getElementById(paragraphElementId(id));
    if (!paragraph) return;
    pane.scrollTo({ top: scrollTopFor(pane, restoreTarget(paragraph)), behavior: 'instant' });
  }, [paneRef, textSize, position]);

  useEffect(() => {
    position.connect((id) => onSave(id));
    window.addEventListener('pagehide', position.flush);
    return () => {
      window.removeEventListener('pagehide', position.flush);
      position.flush();
    };
  }, [position]);

  return { onTopParagraph: position.onTop };
}

/**
 * The paragraph at the top and the one saved last, outside React: `onTop` (re)starts the save timer,
 * `flush` saves now when the top paragraph is not the one saved. A refused save is tried again with
 * the next change.
 */
function positionSaver(initial: string | null) {
  let top = initial;
  let saved = initial;
  let timer = 0;
  let send: ((paragraphId: string) => Promise<void>) | null = null;
  const flush = () => {
    window.clearTimeout(timer);
    timer = 0;
    const id = top;
    if (id === null || id === saved || !send) return;
    saved = id;
    send(id).catch(() => {
      // The caller reports the failure; try again with the next change.
      if (saved === id) saved = null;
    });
  };
  return {
    top: () => top,
    connect(next: (paragraphId: string) => Promise<void>) {
      send = next;
    },
    flush,
    onTop(paragraphId: string | null) {
      if (paragraphId === null || paragraphId === top) return;
      top = paragraphId;
      window.clearTimeout(timer);
      timer = window.setTimeout(flush, SAVE_DELAY_MS);
    },
  };
}

/** A section's first paragraph is restored with its heading above it, as a click on the outline shows it. */
function restoreTarget(paragraph: HTMLElement): HTMLElement {
  const previous = paragraph.previousElementSibling;
  if (
    previous instanceof HTMLElement &&
    previous.hasAttribute('data-spy') &&
    !previous.hasAttribute('data-paragraph-id') &&
    previous.dataset.section === paragraph.dataset.section
  ) {
    return previous;
  }
  return paragraph;
}
