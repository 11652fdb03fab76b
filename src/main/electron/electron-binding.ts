import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  protocol,
  session,
  shell,
  utilityProcess,
  type WebContents,
  type WebFrameMain,
} from 'electron';
import type { AppWindow, ElectronPort, PageContents, SenderFrame } from './electron-port';

/**
 * ElectronPort bound to Electron itself. Only adapters live here (no decisions), because this file
 * runs only inside Electron, which these machines cannot start; everything it feeds is tested
 * against the stand-in.
 */
export function electronPort(): ElectronPort {
  const windows = new WeakMap<AppWindow, BrowserWindow>();
  const frameOf = (frame: WebFrameMain | null | undefined): SenderFrame | null =>
    frame
      ? {
          url: frame.url,
          get parent() {
            return frameOf(frame.parent);
          },
        }
      : null;
  const pageOf = (contents: WebContents): PageContents => ({
    onNavigate: (kind, listener) => {
      // will-frame-navigate passes one details object; the others pass (event, url).
      if (kind === 'will-frame-navigate') contents.on('will-frame-navigate', (details) => listener(details, details.url));
      else if (kind === 'will-navigate') contents.on('will-navigate', (event, url) => listener(event, url));
      else contents.on('will-redirect', (event, url) => listener(event, url));
    },
    onAttachWebview: (listener) => void contents.on('will-attach-webview', (event) => listener(event)),
    onDidFinishLoad: (listener) => void contents.on('did-finish-load', () => listener()),
    setWindowOpenHandler: (handler) => contents.setWindowOpenHandler(handler),
    setZoomFactor: (factor) => contents.setZoomFactor(factor),
    send: (channel) => contents.send(channel),
    print: (options, callback) => contents.print(options, callback),
    printToPDF: (options) => contents.printToPDF(options),
    getTitle: () => contents.getTitle(),
  });
  const owner = (window: AppWindow | null): BrowserWindow | undefined => (window ? windows.get(window) : undefined);
  return {
    platform: process.platform,
    app: {
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      requestSingleInstanceLock: () => app.requestSingleInstanceLock(),
      whenReady: () => app.whenReady(),
      quit: () => app.quit(),
      exit: (code) => app.exit(code),
      getPath: (name) => app.getPath(name),
      getAppPath: () => app.getAppPath(),
      getVersion: () => app.getVersion(),
      getPreferredSystemLanguages: () => app.getPreferredSystemLanguages(),
      getLocale: () => app.getLocale(),
      on: (event, listener) =>
        void (event === 'second-instance' ? app.on('second-instance', () => listener()) : app.on('window-all-closed', () => listener())),
      onBeforeQuit: (listener) => void app.on('before-quit', listener),
      onWebContentsCreated: (listener) => void app.on('web-contents-created', (_event, contents) => listener(pageOf(contents))),
    },
    ipc: {
      handle: (channel, handler) => ipcMain.handle(channel, (event, ...args) => handler(frameOf(event.senderFrame), ...args)),
      once: (channel, listener) => void ipcMain.once(channel, (event) => listener(frameOf(event.senderFrame))),
    },
    session: {
      setPermissionRequestHandler: (handler) =>
        session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => handler(permission, callback)),
      setPermissionCheckHandler: (handler) =>
        session.defaultSession.setPermissionCheckHandler((_contents, permission) => handler(permission)),
      setResponseHeaders: (headers) =>
        session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
          callback({
            responseHeaders: {
              ...details.responseHeaders,
              ...Object.fromEntries(Object.entries(headers(details.url)).map(([k, v]) => [k, [v]])),
            },
          }),
        ),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes) => protocol.registerSchemesAsPrivileged(schemes),
      handle: (scheme, handler) => protocol.handle(scheme, handler),
    },
    dialog: {
      showMessageBoxSync: (options) => dialog.showMessageBoxSync(options),
      showSaveDialog: (window, options) => {
        const parent = owner(window);
        return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
      },
      showOpenDialog: (window, options) => {
        const parent = owner(window);
        return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
      },
      showErrorBox: (title, content) => dialog.showErrorBox(title, content),
    },
    shell: { openExternal: (url) => shell.openExternal(url) },
    forkUtility: (modulePath, { execArgv, serviceName }) => {
      const child = utilityProcess.fork(modulePath, [], { execArgv, serviceName, stdio: 'ignore' });
      return {
        postMessage: (message) => child.postMessage(message),
        onMessage: (listener) => void child.on('message', (message: unknown) => listener(message)),
        onExit: (listener) => void child.on('exit', (code) => listener(code)),
        onError: (listener) => void child.on('error', (type, location) => listener(type, location)),
        kill: () => child.kill(),
      };
    },
    setApplicationMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
    createWindow: ({ preloadPath, startUrl, title }) => {
      const browserWindow = new BrowserWindow({
        width: 1280,
        height: 860,
        minWidth: 720,
        minHeight: 480,
        show: false,
        title,
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
      browserWindow.once('ready-to-show', () => browserWindow.show());
      void browserWindow.loadURL(startUrl);
      const window: AppWindow = {
        contents: pageOf(browserWindow.webContents),
        isMinimized: () => browserWindow.isMinimized(),
        restore: () => browserWindow.restore(),
        focus: () => browserWindow.focus(),
      };
      windows.set(window, browserWindow);
      return window;
    },
  };
}
