import type { ApiResult } from './result';

/** The one object the preload exposes to the renderer as `window.deputyDesk`. */
export interface DeputyDeskBridge {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

export const BRIDGE_GLOBAL = 'deputyDesk';

/**
 * Quitting the desktop app: the main process asks the page to save what it still holds
 * (SAVE_PENDING_CHANNEL); the preload fires SAVE_PENDING_EVENT on the page's window (the autosaving
 * fields save at once, as when the page is hidden), waits for the calls that started, and answers
 * on PENDING_SAVED_CHANNEL. Then the main process flushes the store and quits.
 */
export const SAVE_PENDING_CHANNEL = 'deputy-desk:save-pending';
export const PENDING_SAVED_CHANNEL = 'deputy-desk:pending-saved';
export const SAVE_PENDING_EVENT = 'deputydesk:savepending';
