import { INTERFACE_ZOOM_DEFAULT, INTERFACE_ZOOM_STEPS } from '../../../shared/domain/settings';

export type InterfaceZoomCommand = 'zoom.in' | 'zoom.out' | 'zoom.reset';

/** The next zoom step up or down from `zoom` (80 … 200 %), or `zoom` itself at either end. */
export function stepInterfaceZoom(zoom: number, direction: -1 | 1): number {
  if (direction === 1) return INTERFACE_ZOOM_STEPS.find((step) => step > zoom) ?? zoom;
  return [...INTERFACE_ZOOM_STEPS].reverse().find((step) => step < zoom) ?? zoom;
}

/**
 * The interface-zoom command a key press asks for: Ctrl/Cmd + `=` (or `+`), `-`, `0`, as in
 * browsers and most desktop apps. Text size of the report has its own keys (Ctrl/Cmd + `]` / `[`).
 */
export function interfaceZoomCommandForKey(event: {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): InterfaceZoomCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === '=' || event.key === '+' || event.code === 'NumpadAdd') return 'zoom.in';
  if (event.key === '-' || event.key === '_' || event.code === 'NumpadSubtract') return 'zoom.out';
  if (event.key === '0' || event.code === 'Numpad0') return 'zoom.reset';
  return null;
}

export function applyInterfaceZoomCommand(zoom: number, command: InterfaceZoomCommand): number {
  if (command === 'zoom.reset') return INTERFACE_ZOOM_DEFAULT;
  return stepInterfaceZoom(zoom, command === 'zoom.in' ? 1 : -1);
}

/**
 * Shows the interface at `zoom` percent. The desktop app zooms its whole window (the main side
 * sets the window's zoom factor from the same setting), so the page stays at 100 % there; the
 * web host has no such control and scales the root font size (`--ui-zoom`, see styles.css).
 */
export function showInterfaceZoom(root: HTMLElement, zoom: number, windowZoomsItself: boolean): void {
  const factor = windowZoomsItself ? 1 : zoom / 100;
  if (factor === 1) root.style.removeProperty('--ui-zoom');
  else root.style.setProperty('--ui-zoom', String(factor));
}
