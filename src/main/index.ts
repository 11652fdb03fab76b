import { startCore } from './api/start-core';
import { runDesktopApp } from './desktop/desktop-app';
import { electronPort } from './electron/electron-binding';

// The desktop app: its lifecycle lives in desktop-app.ts, on Electron bound in electron-binding.ts.
runDesktopApp(electronPort(), { mainDir: import.meta.dirname, env: process.env, startCore });
