import { useEffect, useRef } from 'react';
import { isEditableTarget, shortcutFor, type ShortcutCommand } from './shortcuts';

/** One window listener for the workspace shortcuts; handlers return false when the command did not apply. */
export function useShortcuts(handlers: Partial<Record<ShortcutCommand, () => boolean | void>>): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutFor(event);
      if (!command) return;
      if (command === 'edit.undoDelete' && isEditableTarget(event.target)) return;
      // A modal dialog is open: only the browser's find is kept from showing.
      if (document.querySelector('dialog[open]')) {
        if (command === 'search.open') event.preventDefault();
        return;
      }
      const handler = ref.current[command];
      if (!handler) return;
      if (handler() !== false) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
