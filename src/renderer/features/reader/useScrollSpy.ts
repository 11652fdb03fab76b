import { useEffect, useEffectEvent, type RefObject } from 'react';
import { SPY_LINE } from '../../app/reading/dom-ids';
import { firstBelow, topOfPane, type MarkerInfo, type TopOfPane } from './top-marker';

/**
 * Watches what is at the top of the scrolling reading pane. An IntersectionObserver on every heading
 * and paragraph (`[data-spy]`) fires only when one of them crosses the pane's edges; each firing is
 * coalesced to one animation frame, which reads a handful of boxes (binary search) and reports the
 * section and paragraph at the top. Nothing is re-rendered here.
 */
export function useScrollSpy(paneRef: RefObject<HTMLElement | null>, onTop: (top: TopOfPane) => void, contentKey: unknown): void {
  const onTopChanged = useEffectEvent(onTop);

  useEffect(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const elements = [...pane.querySelectorAll<HTMLElement>('[data-spy]')];
    const markers: MarkerInfo[] = elements.map((element) => ({
      section: element.dataset.section ?? '',
      paragraphId: element.dataset.paragraphId ?? null,
    }));

    let frame = 0;
    const measure = () => {
      frame = 0;
      const line = pane.getBoundingClientRect().top + SPY_LINE;
      const index = firstBelow(elements.length, (i) => elements[i]?.getBoundingClientRect().bottom ?? Infinity, line);
      onTopChanged(topOfPane(markers, index));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };

    const observer = new IntersectionObserver(schedule, {
      root: pane,
      // The top edge sits on the spy line, so a marker crossing it is exactly when the answer can change.
      rootMargin: `-${SPY_LINE}px 0px 0px 0px`,
      threshold: 0,
    });
    for (const element of elements) observer.observe(element);
    pane.addEventListener('scrollend', schedule);
    window.addEventListener('resize', schedule);
    schedule();

    return () => {
      observer.disconnect();
      pane.removeEventListener('scrollend', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [paneRef, contentKey]);
}
