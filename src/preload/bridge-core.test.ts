import { describe, expect, it } from 'vitest';
import { PENDING_SAVED_CHANNEL, SAVE_PENDING_CHANNEL, SAVE_PENDING_EVENT } from '../shared/contract/bridge';
import { IPC_CHANNEL } from '../shared/contract/result';
import { createBridge, type RendererIpc } from './bridge-core';

/** ipcRenderer as the main process would answer it: each invoke settles when the test says. */
function standInIpc() {
  const listeners = new Map<string, () => void>();
  const invoked: { channel: string; args: unknown[]; settle: () => void }[] = [];
  const sent: string[] = [];
  const ipc: RendererIpc = {
    invoke: (channel, ...args) =>
      new Promise((resolve) => invoked.push({ channel, args, settle: () => resolve({ ok: true, data: null }) })),
    send: (channel) => void sent.push(channel),
    on: (channel, listener) => void listeners.set(channel, listener),
  };
  return { ipc, invoked, sent, fromMain: (channel: string) => listeners.get(channel)?.() };
}

describe('the preload bridge', () => {
  it('sends every call over the one channel with the method name as a string', () => {
    const { ipc, invoked } = standInIpc();
    const bridge = createBridge(ipc, new EventTarget());
    void bridge.call('app.info', {});
    expect(invoked.map(({ channel, args }) => [channel, ...args])).toEqual([[IPC_CHANNEL, 'app.info', {}]]);
  });

  it('on quit, has the page save, and answers only once those saves are done', async () => {
    const { ipc, invoked, sent, fromMain } = standInIpc();
    const page = new EventTarget();
    const bridge = createBridge(ipc, page);
    // A field that saves when asked, a moment later (as an async handler would).
    page.addEventListener(SAVE_PENDING_EVENT, () => void Promise.resolve().then(() => bridge.call('draft.update', { text: 'last words' })));
    fromMain(SAVE_PENDING_CHANNEL);
    await expect.poll(() => invoked.length).toBe(1);
    expect(invoked[0]!.args[0]).toBe('draft.update');
    // Still saving: no answer yet.
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toEqual([]);
    invoked[0]!.settle();
    await expect.poll(() => sent).toEqual([PENDING_SAVED_CHANNEL]);
  });

  it('answers at once when the page holds nothing', async () => {
    const { ipc, sent, fromMain } = standInIpc();
    createBridge(ipc, new EventTarget());
    fromMain(SAVE_PENDING_CHANNEL);
    await expect.poll(() => sent).toEqual([PENDING_SAVED_CHANNEL]);
  });
});
