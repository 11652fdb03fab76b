import { useEffect } from 'react';
import { SAVE_PENDING_EVENT } from '../../shared/contract/bridge';

/**
 * Calls `save` when the page is hidden or closed, and when the component goes away (view change,
 * another draft or item), and when the desktop app is about to quit (SAVE_PENDING_EVENT, fired by
 * the preload), so that typing never waits for a timer that will not fire.
 */
export function useSaveOnLeave(save: () => void): void {
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') save();
    };
    window.addEventListener('beforeunload', save);
    window.addEventListener('pagehide', save);
    window.addEventListener(SAVE_PENDING_EVENT, save);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', save);
      window.removeEventListener('pagehide', save);
      window.removeEventListener(SAVE_PENDING_EVENT, save);
      document.removeEventListener('visibilitychange', onVisibility);
      save();
    };
  }, [save]);
}
