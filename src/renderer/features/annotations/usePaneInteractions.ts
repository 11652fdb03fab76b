import { useEffect, useEffectEvent, type RefObject } from 'react';

const PARAGRAPH = 'p[data-paragraph-id]';

interface PaneInteractions {
  /** A highlight was clicked or activated with Enter/Space: the ids of the annotations under it. */
  onActivateHighlight: (annotationIds: string[]) => void;
}

/**
 * Delegated handlers on the reading pane: click / Enter on a highlight opens it; J/K (anywhere in the
 * pane) and ArrowDown/ArrowUp (on a focused paragraph or highlight) move focus between paragraphs.
 */
export function usePaneInteractions(paneRef: RefObject<HTMLElement | null>, { onActivateHighlight }: PaneInteractions): void {
  const activate = useEffectEvent(onActivateHighlight);

  useEffect(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const idsOf = (target: EventTarget | null): string[] | null => {
      const mark = (target as Element | null)?.closest?.<HTMLElement>('mark[data-annotation-ids]');
      return mark ? (mark.dataset.annotationIds ?? '').split(' ').filter(Boolean) : null;
    };
    const onClick = (event: MouseEvent) => {
      const ids = idsOf(event.target);
      if (!ids) return;
      // The end of a drag that selected text is not a click on the highlight.
      if (window.getSelection()?.isCollapsed === false) return;
      activate(ids);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const ids = idsOf(event.target);
      if (ids && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        activate(ids);
        return;
      }
      const onParagraph = (event.target as Element).closest(PARAGRAPH) !== null;
      const next = event.key === 'j' || event.key === 'J' || (onParagraph && event.key === 'ArrowDown');
      const previous = event.key === 'k' || event.key === 'K' || (onParagraph && event.key === 'ArrowUp');
      if (!next && !previous) return;
      event.preventDefault();
      moveParagraphFocus(pane, event.target as Element, next ? 1 : -1);
    };
    // A paragraph made focusable by J/K must not take focus on a press (focusing scrolls it, and the drag would select elsewhere).
    const onMouseDown = () => {
      for (const p of pane.querySelectorAll(`${PARAGRAPH}[tabindex]`)) p.removeAttribute('tabindex');
    };
    pane.addEventListener('mousedown', onMouseDown, true);
    pane.addEventListener('click', onClick);
    pane.addEventListener('keydown', onKeyDown);
    return () => {
      pane.removeEventListener('mousedown', onMouseDown, true);
      pane.removeEventListener('click', onClick);
      pane.removeEventListener('keydown', onKeyDown);
    };
  }, [paneRef]);
}

/** Focuses the next or previous paragraph from the focused one (or from the one at the top of the pane). */
export function moveParagraphFocus(pane: HTMLElement, from: Element, step: 1 | -1): void {
  const paragraphs = [...pane.querySelectorAll<HTMLElement>(PARAGRAPH)];
  if (paragraphs.length === 0) return;
  const current = from.closest<HTMLElement>(PARAGRAPH);
  let index = current ? paragraphs.indexOf(current) + step : firstVisible(pane, paragraphs);
  index = Math.min(paragraphs.length - 1, Math.max(0, index));
  const target = paragraphs[index]!;
  target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
}

function firstVisible(pane: HTMLElement, paragraphs: readonly HTMLElement[]): number {
  const top = pane.getBoundingClientRect().top;
  const index = paragraphs.findIndex((p) => p.getBoundingClientRect().bottom > top + 8);
  return index === -1 ? 0 : index;
}

/** The paragraph to annotate when nothing is selected: the focused one, else the one at the top of the pane. */
export function currentParagraphId(pane: HTMLElement, topParagraphId: string | null): string | null {
  const focused = document.activeElement?.closest<HTMLElement>(PARAGRAPH);
  if (focused && pane.contains(focused)) return focused.dataset.paragraphId ?? null;
  if (topParagraphId) return topParagraphId;
  const paragraphs = [...pane.querySelectorAll<HTMLElement>(PARAGRAPH)];
  return paragraphs[firstVisible(pane, paragraphs)]?.dataset.paragraphId ?? null;
}
