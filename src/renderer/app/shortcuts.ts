/** The workspace's named commands reachable by keyboard. */
export type ShortcutCommand = 'annotation.annotate' | 'annotations.togglePanel' | 'search.open' | 'edit.undoDelete';

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Ctrl (or Cmd) + Shift + A annotates, + Shift + L toggles the panel, + F searches, + Z undoes a delete. */
export function shortcutFor(event: KeyLike): ShortcutCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (event.shiftKey && key === 'a') return 'annotation.annotate';
  if (event.shiftKey && key === 'l') return 'annotations.togglePanel';
  if (!event.shiftKey && key === 'f') return 'search.open';
  if (!event.shiftKey && key === 'z') return 'edit.undoDelete';
  return null;
}

/** The modifier as shown before a key: "Ctrl+" or "⌘". */
export function modifierLabel(isMac: boolean): string {
  return isMac ? '⌘' : 'Ctrl+';
}

/** Interface zoom (Ctrl/Cmd + = / -) and the report's text size (Ctrl/Cmd + ] / [), for help texts. */
export function sizeShortcutLabels(isMac: boolean): { zoom: string; textSize: string } {
  const mod = modifierLabel(isMac);
  return { zoom: `${mod}= / ${mod}-`, textSize: `${mod}] / ${mod}[` };
}

/** Human labels, with ⌘ on a Mac. */
export function shortcutLabels(isMac: boolean): Record<ShortcutCommand, string> {
  const mod = modifierLabel(isMac);
  const shift = isMac ? '⇧' : 'Shift+';
  return {
    'annotation.annotate': `${mod}${shift}A`,
    'annotations.togglePanel': `${mod}${shift}L`,
    'search.open': `${mod}F`,
    'edit.undoDelete': `${mod}Z`,
  };
}

/** Ctrl+Z inside a text field is the field's own undo. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  return element.isContentEditable || element.closest('input, textarea, select, [contenteditable="true"]') !== null;
}
