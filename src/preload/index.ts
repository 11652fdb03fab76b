import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, type DeputyDeskBridge } from '../shared/contract/bridge';
import { IPC_CHANNEL, type ApiResult } from '../shared/contract/result';

// One narrow object: a single call() over a single channel. Never raw ipcRenderer.
const bridge: DeputyDeskBridge = {
  call: (method: string, input: unknown) =>
    ipcRenderer.invoke(IPC_CHANNEL, String(method), input) as Promise<ApiResult<unknown>>,
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
