import { useEffect } from 'react';

/**
 * Calls `save` when the page is hidden or closed, and when the component goes away (view change,
 * another draft or item), so that typing never waits for a timer that will not fire.
 */
export function useSaveOnLeave(save: () => void): void {
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') save();
    };
    window.addEventListener('beforeunload', save);
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', save);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onVisibility);
      save();
    };
  }, [save]);
}
