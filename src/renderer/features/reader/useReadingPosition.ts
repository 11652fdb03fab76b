import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
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
 * text size changes, and saves the paragraph at the top ~400 ms after the deputy stops scrolling.
 */
export function useReadingPosition({ paneRef, initialParagraphId, textSize, save }: ReadingPositionOptions) {
  const topParagraph = useRef<string | null>(initialParagraphId);
  const saved = useRef<string | null>(initialParagraphId);
  const timer = useRef<number>(0);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // Runs on mount (the restore) and after each text-size change (keep the top paragraph at the top).
  useLayoutEffect(() => {
    const pane = paneRef.current;
    const id = topParagraph.current;
    if (!pane || id === null) return;
    const paragraph = document.getElementById(paragraphElementId(id));
    if (!paragraph) return;
    pane.scrollTo({ top: scrollTopFor(pane, restoreTarget(paragraph)), behavior: 'instant' });
  }, [paneRef, textSize]);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = 0;
    const id = topParagraph.current;
    if (id === null || id === saved.current) return;
    saved.current = id;
    saveRef.current(id).catch(() => {
      // The caller reports the failure; try again with the next change.
      if (saved.current === id) saved.current = null;
    });
  }, []);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const onTopParagraph = useCallback(
    (paragraphId: string | null) => {
      if (paragraphId === null || paragraphId === topParagraph.current) return;
      topParagraph.current = paragraphId;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  return { onTopParagraph };
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
