import type { Dispatch } from '../api/dispatch';

/** What zooming needs of the window's web contents. */
type Zoomable = { setZoomFactor(factor: number): void };

/** Calls after which the stored interface zoom may differ from the window's. */
const ZOOM_CHANGING_CALLS: ReadonlySet<unknown> = new Set(['settings.update', 'data.restoreBackup']);

/**
 * The desktop app zooms its whole window (webContents zoom) to the interface-zoom setting, which the
 * page changes through `settings.update` (Ctrl/Cmd + = / - / 0 or the buttons). The page itself
 * stays at 100 % (interface-zoom.ts), so the two never add up.
 */
export function followInterfaceZoom(dispatch: Dispatch, contents: () => Zoomable | null, zoomPercent: () => number): Dispatch {
  return async (method, input) => {
    const result = await dispatch(method, input);
    if (result.ok && ZOOM_CHANGING_CALLS.has(method)) applyInterfaceZoom(contents(), zoomPercent());
    return result;
  };
}

export function applyInterfaceZoom(contents: Zoomable | null, zoomPercent: number): void {
  contents?.setZoomFactor(zoomPercent / 100);
}
