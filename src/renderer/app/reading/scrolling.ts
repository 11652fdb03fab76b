import { SCROLL_GAP } from './dom-ids';

/** The pane's scrollTop that puts `target` SCROLL_GAP below the pane's top edge. */
export function scrollTopFor(pane: HTMLElement, target: HTMLElement): number {
  const delta = target.getBoundingClientRect().top - pane.getBoundingClientRect().top - SCROLL_GAP;
  return Math.max(0, pane.scrollTop + delta);
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Calls `done` once a programmatic scroll of `pane` has finished, i.e. no scroll event came for
 * `quietMs` (a smooth scroll fires one per frame; a scroll of zero distance fires none). Not
 * `scrollend`: an instant leap followed by a glide would end the wait too early. Returns a canceller.
 */
export function whenScrollSettles(pane: HTMLElement, done: () => void, quietMs = 200): () => void {
  let timer = 0;
  const cancel = () => {
    window.clearTimeout(timer);
    pane.removeEventListener('scroll', rearm);
  };
  const finish = () => {
    cancel();
    done();
  };
  function rearm() {
    window.clearTimeout(timer);
    timer = window.setTimeout(finish, quietMs);
  }
  pane.addEventListener('scroll', rearm, { passive: true });
  rearm();
  return cancel;
}
