import { useEffect, useEffectEvent } from 'react';
import { isEditableTarget, shortcutFor, type ShortcutCommand } from './shortcuts';

/** One window listener for the workspace shortcuts; handlers return false when the command did not apply. */
export function useShortcuts(handlers: Partial<Record<ShortcutCommand, () => boolean | void>>): void {
  // The handlers of the latest render, called from the one listener.
  const run = useEffectEvent((command: ShortcutCommand): boolean => {
    const handler = handlers[command];
    return handler !== undefined && handler() !== false;
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
      if (run(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
