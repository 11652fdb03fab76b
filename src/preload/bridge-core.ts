import { PENDING_SAVED_CHANNEL, SAVE_PENDING_CHANNEL, SAVE_PENDING_EVENT, type DeputyDeskBridge } from '../shared/contract/bridge';
import { IPC_CHANNEL, type ApiResult } from '../shared/contract/result';

/** The part of ipcRenderer the preload uses. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string): void;
  on(channel: string, listener: () => void): void;
}

/**
 * The page's one bridge: `call()` over the one channel. It also counts the calls in flight, so that
 * when the app quits it can tell the page to save what it holds (SAVE_PENDING_EVENT on the page's
 * window) and answer the main process once those saves have reached it.
 */
export function createBridge(ipc: RendererIpc, page: Pick<EventTarget, 'dispatchEvent'>): DeputyDeskBridge {
  const inFlight = new Set<Promise<unknown>>();
  const call = (method: string, input: unknown): Promise<ApiResult<unknown>> => {
    const answer = ipc.invoke(IPC_CHANNEL, String(method), input) as Promise<ApiResult<unknown>>;
    inFlight.add(answer);
    void answer.catch(() => undefined).finally(() => inFlight.delete(answer));
    return answer;
  };
  ipc.on(SAVE_PENDING_CHANNEL, () => {
    page.dispatchEvent(new Event(SAVE_PENDING_EVENT));
    void (async () => {
      // A save may start a moment after the event (its handler awaits first): let it, then wait for
      // every call, including those that the answers start in turn.
      await new Promise((resolve) => setTimeout(resolve, 0));
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      ipc.send(PENDING_SAVED_CHANNEL);
    })();
  });
  return { call };
}
