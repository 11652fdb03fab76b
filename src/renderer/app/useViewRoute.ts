import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { parseViewHash, viewHash, type ViewId, type ViewRoute } from './views';

/**
 * The view shown and the draft open in it, kept in the address (#hash) so Back, Forward and a
 * reload land on the same place. `onLeaveView` runs whenever another view is shown.
 */
export function useViewRoute(onLeaveView: () => void) {
  const [route, setRoute] = useState<ViewRoute>(() => parseViewHash(window.location.hash));
  // The draft last open, reopened when the deputy comes back to the drafts view.
  const lastDraft = useRef<string | null>(route.draftId);
  const view = route.view;

  const navigate = useCallback(
    (next: ViewRoute) => {
      if (next.view === 'drafts') lastDraft.current = next.draftId;
      if (next.view !== view) onLeaveView();
      setRoute(next);
      const hash = viewHash(next);
      if (window.location.hash !== hash) window.history.pushState(null, '', hash);
    },
    [view, onLeaveView],
  );

  const onHash = useEffectEvent(() => {
    const next = parseViewHash(window.location.hash);
    if (next.view === 'drafts') lastDraft.current = next.draftId;
    if (next.view !== view) onLeaveView();
    setRoute((current) => (current.view === next.view && current.draftId === next.draftId ? current : next));
  });
  useEffect(() => {
    const listener = () => onHash();
    window.addEventListener('popstate', listener);
    window.addEventListener('hashchange', listener);
    return () => {
      window.removeEventListener('popstate', listener);
      window.removeEventListener('hashchange', listener);
    };
  }, []);

  const selectView = useCallback(
    (next: ViewId) => navigate({ view: next, draftId: next === 'drafts' ? lastDraft.current : null }),
    [navigate],
  );
  const openDraft = useCallback((draftId: string | null) => navigate({ view: 'drafts', draftId }), [navigate]);
  return { route, view, selectView, openDraft };
}
