import { resolve } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { startCore, type Core } from './api/start-core';
import { bindIpc } from './electron/ipc';
import { installApplicationMenu } from './electron/menu';
import { mainTexts } from './electron/main-texts';
import { confirmQuitDespiteUnsavedChanges, keepUnsavedChanges } from './electron/quit-guard';
import { openBackupDialog } from './electron/open-backup-dialog';
import { printPage, savePageAsPdf } from './electron/print';
import { saveDialogDelivery } from './electron/save-dialog-delivery';
import { applySecurityPolicy } from './electron/security';
import { createAppWindow, rendererPaths } from './electron/window';
import { applyInterfaceZoom, followInterfaceZoom } from './electron/window-zoom';
import { resolveDataFolder } from './storage/data-folder';

// App lifecycle only: everything else lives in the platform-free core.
const paths = rendererPaths(import.meta.dirname);
const isAppUrl = (url: string): boolean => url === paths.appUrl || url.startsWith(`${paths.appUrl}#`) || url.startsWith(`${paths.appUrl}?`);

let core: Core | null = null;
const textsNow = (current: Core) => mainTexts(current.store.data.settings.language, app.getLocale());
let mainWindow: BrowserWindow | null = null;
let dataFolderInUse = '';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (!core) return;
    // Flush pending writes before quitting, then quit for real — unless they cannot be written
    // and the deputy would rather keep the app open (the changes live only in memory).
    const pending = core;
    event.preventDefault();
    void pending.store.flush().then(async () => {
      if (!confirmQuitDespiteUnsavedChanges(pending.store.health(), textsNow(pending))) return;
      core = null;
      // Quitting anyway: the changes that could not be saved go to an emergency copy (offered at next start).
      await keepUnsavedChanges(pending.store, dataFolderInUse);
      app.quit();
    });
  });

  void app.whenReady().then(async () => {
    const dataFolder = resolveDataFolder({ ...process.env, DEPUTY_DESK_DATA: process.env.DEPUTY_DESK_DATA ?? app.getPath('userData') });
    dataFolderInUse = dataFolder;
    core = await startCore({
      dataFolder,
      resourcesDir: resolve(app.getAppPath(), 'resources'),
      version: app.getVersion(),
      deliver: saveDialogDelivery(() => mainWindow, () => (core ? textsNow(core) : mainTexts(null, app.getLocale()))),
      chooseFile: openBackupDialog(() => mainWindow, () => (core ? textsNow(core) : mainTexts(null, app.getLocale()))),
    });
    applySecurityPolicy(isAppUrl);
    const started = core;
    const zoomNow = () => started.store.data.settings.interfaceZoom;
    bindIpc(followInterfaceZoom(core.dispatch, () => mainWindow?.webContents ?? null, zoomNow), isAppUrl);
    const texts = () => textsNow(started);
    const showPrintFailure = (error: unknown) => dialog.showErrorBox(texts().printFailed, error instanceof Error ? error.message : String(error));
    installApplicationMenu(textsNow(core), {
      print: () => {
        if (mainWindow) void printPage(mainWindow.webContents).then((outcome) => outcome.kind === 'failed' && showPrintFailure(outcome.reason));
      },
      saveAsPdf: () => {
        if (mainWindow) savePageAsPdf(mainWindow.webContents, saveDialogDelivery(() => mainWindow, texts), 'Deputy Desk').catch(showPrintFailure);
      },
    });
    mainWindow = createAppWindow(paths);
    const contents = mainWindow.webContents;
    contents.on('did-finish-load', () => applyInterfaceZoom(contents, zoomNow()));
  }).catch((error: unknown) => {
    // E.g. the data folder is used by another Deputy Desk, or cannot be read: say so, then stop.
    const texts = mainTexts(null, app.getLocale());
    dialog.showErrorBox(texts.cannotStart, error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
