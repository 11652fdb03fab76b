import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { createCurrentSectionStore, type CurrentSectionStore } from './current-section-store';
import { headingElementId, sectionElementId } from '../../app/reading/dom-ids';
import { prefersReducedMotion, scrollTopFor, whenScrollSettles } from '../../app/reading/scrolling';
import type { TopOfPane } from './top-marker';

export interface CurrentSection {
  store: CurrentSectionStore;
  /** Click-to-jump: marks the section current at once, scrolls it to the top and focuses its heading. */
  jumpTo: (path: string) => void;
  /** Feed from the scroll-spy; ignored while a jump's smooth scroll is running. */
  onSpy: (top: TopOfPane) => void;
}

export function useCurrentSection(paneRef: RefObject<HTMLElement | null>): CurrentSection {
  const [store] = useState(() => createCurrentSectionStore());
  const jumping = useRef<(() => void) | null>(null);

  useEffect(() => () => jumping.current?.(), []);

  const jumpTo = useCallback(
    (path: string) => {
      const pane = paneRef.current;
      const section = document.getElementById(sectionElementId(path));
      if (!pane || !section) return;
      store.set(path);
      const focusTarget = document.getElementById(headingElementId(path)) ?? section;
      focusTarget.focus({ preventScroll: true });

      jumping.current?.();
      const cancel = whenScrollSettles(pane, () => {
        jumping.current = null;
      });
      jumping.current = cancel;
      const top = scrollTopFor(pane, focusTarget);
      if (prefersReducedMotion()) {
        pane.scrollTo({ top, behavior: 'instant' });
        return;
      }
      // A long way off: leap to one screen before the target, then glide the rest (a cue without the wait).
      const distance = top - pane.scrollTop;
      if (Math.abs(distance) > 2 * pane.clientHeight) {
        pane.scrollTo({ top: top - Math.sign(distance) * pane.clientHeight, behavior: 'instant' });
      }
      pane.scrollTo({ top, behavior: 'smooth' });
    },
    [paneRef, store],
  );

  const onSpy = useCallback(
    (top: TopOfPane) => {
      if (jumping.current === null && top.section !== null) store.set(top.section);
    },
    [store],
  );

  return { store, jumpTo, onSpy };
}
