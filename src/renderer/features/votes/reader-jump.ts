import { paragraphElementId } from '../reader/dom-ids';
import { scrollTopFor } from '../reader/scrolling';

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

/** A short excerpt of a text for lists: the first `max` characters, cut at a space when one is near. */
export function excerpt(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
