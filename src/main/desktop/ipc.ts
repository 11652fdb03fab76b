import { IPC_CHANNEL, type ApiResult } from '../../shared/contract/result';
import type { Dispatch } from '../api/dispatch';
import type { IpcPort } from '../electron/electron-port';

/**
 * Binds the API to its one IPC channel. Calls are answered only for the app's own page in the
 * top frame; anything else (a subframe, a navigated page) gets a refusal and reaches no handler.
 */
export function bindIpc(ipc: IpcPort, dispatch: Dispatch, isAppUrl: (url: string) => boolean): void {
  ipc.handle(IPC_CHANNEL, (frame, method, input): Promise<ApiResult<unknown>> => {
    if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Refused: the caller is not the Deputy Desk window.' },
      });
    }
    return dispatch(method, input);
  });
}
