import { paragraphElementId } from './dom-ids';
import { scrollTopFor } from './scrolling';

/**
 * Scrolls the reading pane to a paragraph (a quarter down the pane, as an annotation jump does),
 * focuses it and flashes it. False when the paragraph is not in the report shown.
 */
export function jumpToParagraph(pane: HTMLElement, paragraphId: string): boolean {
  const paragraph = document.getElementById(paragraphElementId(paragraphId));
  if (!paragraph || !pane.contains(paragraph)) return false;
  pane.scrollTo({ top: Math.max(0, scrollTopFor(pane, paragraph) - pane.clientHeight / 4), behavior: 'instant' });
  // Focusable on demand, as J/K make paragraphs focusable (the pane drops it again on the next press).
  paragraph.tabIndex = -1;
  paragraph.focus({ preventScroll: true });
  paragraph.classList.remove('flash');
  void paragraph.offsetWidth; // restart the animation
  paragraph.classList.add('flash');
  window.setTimeout(() => paragraph.classList.remove('flash'), 1800);
  return true;
}
