/**
 * Focuses the element `find` returns as soon as it is in the page (a view that is being switched to
 * renders it a moment later). Gives up when the deputy acts first (a press or a key, which moves
 * focus elsewhere), so it never steals focus later. Returns a function that gives up at once.
 */
export function focusWhenShown(find: () => HTMLElement | null): () => void {
  let done = false;
  const observer = new MutationObserver(() => attempt());
  const stop = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    window.removeEventListener('pointerdown', stop, true);
    window.removeEventListener('keydown', stop, true);
  };
  const attempt = () => {
    if (done) return;
    const element = find();
    if (!element) return;
    stop();
    element.focus();
  };
  observer.observe(document.body, { childList: true, subtree: true });
  window.addEventListener('pointerdown', stop, true);
  window.addEventListener('keydown', stop, true);
  attempt();
  return stop;
}
