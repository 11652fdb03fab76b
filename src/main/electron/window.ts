import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';

export interface AppWindowOptions {
  preloadPath: string;
  rendererIndex: string;
}

/** The one window: isolated, sandboxed, no Node in the page, loading only the app's own files. */
export function createAppWindow({ preloadPath, rendererIndex }: AppWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Deputy Desk',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererIndex);
  return window;
}

export function rendererPaths(mainDir: string): AppWindowOptions & { appUrl: string } {
  const rendererIndex = join(mainDir, '../renderer/index.html');
  return {
    preloadPath: join(mainDir, '../preload/index.cjs'),
    rendererIndex,
    appUrl: pathToFileURL(rendererIndex).href,
  };
}
