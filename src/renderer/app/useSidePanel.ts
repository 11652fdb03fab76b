import { useCallback, useRef, useState, type RefObject } from 'react';
import { focusWhenShown } from './focus-when-shown';

export type SidePanel = 'annotations' | 'search' | 'figures' | null;

/**
 * The reader's side panel (annotations, search or figures): opening one puts focus in it, closing
 * it puts focus back where it was (or in the reading pane).
 */
export function useSidePanel(paneRef: RefObject<HTMLElement | null>) {
  const [side, setSide] = useState<SidePanel>(null);
  const searchReturn = useRef<HTMLElement | null>(null);
  const panelReturn = useRef<HTMLElement | null>(null);

  const openSearch = useCallback(() => {
    if (side !== 'search') searchReturn.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSide('search');
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[data-testid="search-panel"] input')?.focus());
  }, [side]);
  const closeSearch = useCallback(() => {
    setSide(null);
    const back = searchReturn.current;
    requestAnimationFrame(() => (back?.isConnected ? back : paneRef.current)?.focus({ preventScroll: true }));
  }, [paneRef]);
  /** Opens the annotations panel with focus in it, or closes it with focus back where it was. */
  const togglePanel = useCallback(() => {
    if (side === 'annotations') {
      setSide(null);
      const back = panelReturn.current;
      requestAnimationFrame(() =>
        (back?.isConnected && !back.closest('[data-testid="annotations-panel"]') ? back : paneRef.current)?.focus({ preventScroll: true }),
      );
      return;
    }
    panelReturn.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSide('annotations');
    focusWhenShown(() => document.querySelector<HTMLElement>('[data-testid="annotations-panel"] input[type="search"]'));
  }, [side, paneRef]);
  const toggleFigures = useCallback(() => setSide((s) => (s === 'figures' ? null : 'figures')), []);
  const close = useCallback(() => setSide(null), []);

  return { side, setSide, openSearch, closeSearch, togglePanel, toggleFigures, close };
}
