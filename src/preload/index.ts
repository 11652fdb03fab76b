/// <reference lib="dom" />
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../shared/contract/bridge';
import { createBridge } from './bridge-core';

// One narrow object: a single call() over a single channel. Never raw ipcRenderer.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridge(
    {
      invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
      send: (channel) => ipcRenderer.send(channel),
      on: (channel, listener) => void ipcRenderer.on(channel, () => listener()),
    },
    // The page's window (the DOM is shared between the preload's world and the page's).
    window,
  ),
);
