import type { ApiResult } from './result';

/** The one object the preload exposes to the renderer as `window.deputyDesk`. */
export interface DeputyDeskBridge {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

export const BRIDGE_GLOBAL = 'deputyDesk';
