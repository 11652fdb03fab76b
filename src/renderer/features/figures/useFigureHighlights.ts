import { useEffect, type RefObject } from 'react';
import type { Figure, FigureTemporal } from '../../../shared/figures/figure';
import { rangeInParagraph } from '../../app/reading/selection-dom';
import { paragraphElementId } from '../../app/reading/dom-ids';

/** CSS Custom Highlight names, styled in figures.css (`::highlight(figure-target)`…). */
export const FIGURE_HIGHLIGHTS: Record<FigureTemporal, string> = {
  result: 'figure-result',
  target: 'figure-target',
  unknown: 'figure-unknown',
};
export const FIGURE_FLASH = 'figure-flash';

const supported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS;

/**
 * Paints every figure in the reading pane with the CSS Custom Highlight API, as search paints its
 * matches: nothing in the report re-renders. `contentVersion` changes when the paragraphs' DOM may
 * have changed (annotation marks split text nodes; another document or version is shown).
 */
export function useFigureHighlights(
  paneRef: RefObject<HTMLElement | null>,
  figures: readonly Figure[],
  enabled: boolean,
  contentVersion: unknown,
): void {
  useEffect(() => {
    if (!enabled || !supported()) return;
    const pane = paneRef.current;
    if (!pane) return;
    const frame = requestAnimationFrame(() => paint(pane, figures));
    return () => {
      cancelAnimationFrame(frame);
      for (const name of Object.values(FIGURE_HIGHLIGHTS)) CSS.highlights.delete(name);
    };
  }, [paneRef, figures, enabled, contentVersion]);
}

function paint(pane: HTMLElement, figures: readonly Figure[]): void {
  const ranges: Record<FigureTemporal, Range[]> = { result: [], target: [], unknown: [] };
  for (const figure of figures) {
    const range = figureRange(pane, figure);
    if (range) ranges[figure.temporal].push(range);
  }
  for (const temporal of Object.keys(ranges) as FigureTemporal[]) {
    const highlight = new Highlight(...ranges[temporal]);
    highlight.priority = -1; // under search matches
    CSS.highlights.set(FIGURE_HIGHLIGHTS[temporal], highlight);
  }
}

function figureRange(pane: HTMLElement, figure: Figure): Range | null {
  const paragraph = document.getElementById(paragraphElementId(figure.paragraphId));
  if (!paragraph || !pane.contains(paragraph)) return null;
  return rangeInParagraph(paragraph, figure.phraseStart, figure.phraseEnd);
}

let flashTimer = 0;

/** Scrolls the figure's paragraph into view (a quarter down the pane), flashes the paragraph and marks the figure (as the card words it) for a moment. */
export function revealFigure(pane: HTMLElement, figure: Figure): boolean {
  const paragraph = document.getElementById(paragraphElementId(figure.paragraphId));
  if (!paragraph || !pane.contains(paragraph)) return false;
  const range = rangeInParagraph(paragraph, figure.phraseStart, figure.phraseEnd);
  const target = (range ?? paragraph).getBoundingClientRect();
  const box = pane.getBoundingClientRect();
  pane.scrollTo({ top: Math.max(0, pane.scrollTop + target.top - box.top - pane.clientHeight / 4), behavior: 'instant' });
  paragraph.classList.remove('flash');
  void paragraph.offsetWidth; // restart the animation
  paragraph.classList.add('flash');
  if (range && supported()) {
    const highlight = new Highlight(range);
    highlight.priority = 2;
    CSS.highlights.set(FIGURE_FLASH, highlight);
  }
  window.clearTimeout(flashTimer);
  flashTimer = window.setTimeout(() => {
    paragraph.classList.remove('flash');
    if (supported()) CSS.highlights.delete(FIGURE_FLASH);
  }, 2000);
  return true;
}
