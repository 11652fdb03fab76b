import { useEffect, type RefObject } from 'react';
import type { SearchResult } from '../../../shared/search';
import { rangeInParagraph } from '../../app/reading/selection-dom';
import { paragraphElementId } from '../../app/reading/dom-ids';

/**
 * Paints the report matches with the CSS Custom Highlight API (`::highlight(search)` and
 * `::highlight(search-current)` in styles.css): nothing in the report re-renders.
 * `contentVersion` changes when the paragraphs' DOM may have changed (new highlights split text nodes).
 */
export function useSearchHighlights(
  paneRef: RefObject<HTMLElement | null>,
  results: readonly SearchResult[],
  current: number,
  contentVersion: unknown,
): void {
  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const pane = paneRef.current;
    if (!pane) return;
    // After the frame's render: a highlight change may have just split the paragraphs' text nodes.
    const frame = requestAnimationFrame(() => paint(pane, results, current));
    return () => {
      cancelAnimationFrame(frame);
      CSS.highlights.delete('search');
      CSS.highlights.delete('search-current');
    };
  }, [paneRef, results, current, contentVersion]);
}

function paint(pane: HTMLElement, results: readonly SearchResult[], current: number): void {
  const all: Range[] = [];
  let active: Range | null = null;
  results.forEach((result, index) => {
    if (result.kind !== 'report') return;
    const paragraph = document.getElementById(paragraphElementId(result.paragraphId));
    if (!paragraph || !pane.contains(paragraph)) return;
    const range = rangeInParagraph(paragraph, result.start, result.end);
    if (!range) return;
    if (index === current) active = range;
    else all.push(range);
  });
  CSS.highlights.set('search', new Highlight(...all));
  if (active) CSS.highlights.set('search-current', new Highlight(active));
  else CSS.highlights.delete('search-current');
}

/** Scrolls the pane so a report match is in the middle of the view. */
export function revealMatch(pane: HTMLElement, result: SearchResult): void {
  const paragraph = document.getElementById(paragraphElementId(result.paragraphId));
  if (!paragraph) return;
  const range = result.kind === 'report' ? rangeInParagraph(paragraph, result.start, result.end) : null;
  const rect = (range ?? paragraph).getBoundingClientRect();
  const box = pane.getBoundingClientRect();
  if (rect.top >= box.top + 40 && rect.bottom <= box.bottom - 40) return;
  pane.scrollTo({ top: pane.scrollTop + rect.top - box.top - pane.clientHeight / 3, behavior: 'instant' });
}
