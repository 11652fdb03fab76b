import { useEffect, useEffectEvent, useRef, type FocusEvent } from 'react';
import type { WorkspaceNotice } from './workspace-notice';
import { startNoticeTimer, type NoticeTimer } from './notice-timer';

/**
 * Closes an informational notice after a few seconds; warnings and errors stay until dismissed.
 * The countdown stops while the pointer is on the notice or focus is inside it.
 */
export function useNoticeAutoDismiss(notice: WorkspaceNotice | null, onDismiss: () => void) {
  const timer = useRef<NoticeTimer | null>(null);
  const hovered = useRef(false);
  const focused = useRef(false);
  const dismiss = useEffectEvent(onDismiss);

  useEffect(() => {
    if (!notice || notice.tone !== 'info') return undefined;
    const started = startNoticeTimer(() => dismiss());
    if (hovered.current || focused.current) started.pause();
    timer.current = started;
    return () => {
      started.cancel();
      if (timer.current === started) timer.current = null;
    };
  }, [notice]);

  const update = () => {
    if (hovered.current || focused.current) timer.current?.pause();
    else timer.current?.resume();
  };
  return {
    onMouseEnter: () => {
      hovered.current = true;
      update();
    },
    onMouseLeave: () => {
      hovered.current = false;
      update();
    },
    onFocus: () => {
      focused.current = true;
      update();
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
      focused.current = false;
      update();
    },
  };
}
