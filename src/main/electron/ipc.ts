import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL, type ApiResult } from '../../shared/contract/result';
import type { Dispatch } from '../api/dispatch';

/**
 * Binds the API to its one IPC channel. Calls are answered only for the app's own page in the
 * top frame; anything else (a subframe, a navigated page) gets a refusal and reaches no handler.
 */
export function bindIpc(dispatch: Dispatch, isAppUrl: (url: string) => boolean): void {
  ipcMain.handle(IPC_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
      return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: 'Refused: the caller is not the Deputy Desk window.' } });
    }
    return dispatch(method, input);
  });
}
