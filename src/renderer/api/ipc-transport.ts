import { BRIDGE_GLOBAL, type DeputyDeskBridge } from '../../shared/contract/bridge';
import type { Transport } from './transport';

/** The Electron preload's bridge, when the renderer runs inside the desktop app. */
export function findIpcBridge(): DeputyDeskBridge | null {
  const candidate = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as DeputyDeskBridge | undefined;
  return candidate && typeof candidate.call === 'function' ? candidate : null;
}

export function createIpcTransport(bridge: DeputyDeskBridge): Transport {
  return (method, input) => bridge.call(method, input);
}
