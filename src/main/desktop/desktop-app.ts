import { join, resolve } from 'node:path';
import type { Core, startCore as StartCore } from '../api/start-core';
import { fileURLToPath } from 'node:url';
import { IMPORT_MEMORY_LIMIT_MB, IMPORT_TIME_LIMIT_MS } from '../../shared/domain/limits';
import { jobContract } from '../../shared/workers/job-contract';
import { resolveDataFolder } from '../storage/data-folder';
import { createUtilityProcessRunner } from '../workers/utility-process-runner';
import { appWorkerEntry } from '../workers/worker-entry';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_START_URL, isAppUrl, serveAppFile } from './app-protocol';
import type { AppWindow, ElectronPort } from '../electron/electron-port';
import { bindIpc } from './ipc';
import { mainTexts, type MainTexts } from './main-texts';
import { applicationMenu } from './menu';
import { printPage, savePageAsPdf } from './print';
import { openBackupDialog } from './open-backup-dialog';
import { guardQuit } from './quit-flow';
import { saveDialogDelivery } from './save-dialog-delivery';
import { applySecurityPolicy } from './security';
import { applyInterfaceZoom, followInterfaceZoom } from './window-zoom';

export interface DesktopAppOptions {
  /** The folder of the built main entry (out/main): the renderer and preload sit beside it. */
  mainDir: string;
  env: NodeJS.ProcessEnv;
  startCore: typeof StartCore;
  /** How long the page may take to save pending edits when the app quits. */
  pageSaveLimitMs?: number;
  emergencyFolder?: string;
}

/** What a running desktop app exposes (to its tests): the core once started, the window once open. */
export interface DesktopApp {
  ready: Promise<void>;
  core(): Core | null;
  window(): AppWindow | null;
}

/**
 * The desktop app's whole lifecycle, on an injected Electron: one instance, the app:// scheme, the
 * security rules, the core on the data folder, IPC, menu, window, and the guarded quit.
 */
export function runDesktopApp(electron: ElectronPort, options: DesktopAppOptions): DesktopApp {
  let core: Core | null = null;
  let window: AppWindow | null = null;
  let dataFolder = '';
  const { app } = electron;
  const texts = (): MainTexts => mainTexts(core?.store.data.settings.language ?? null, app.getLocale());

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { ready: Promise.resolve(), core: () => null, window: () => null };
  }
  // Before ready: the scheme must be privileged (standard, secure) to behave like an origin.
  electron.protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  guardQuit(electron, {
    store: () => core?.store ?? null,
    window: () => window,
    texts,
    dataFolder: () => dataFolder,
    pageSaveLimitMs: options.pageSaveLimitMs ?? 3000,
    emergencyFolder: options.emergencyFolder,
  });

  const ready = app
    .whenReady()
    .then(async () => {
      dataFolder = resolveDataFolder({ ...options.env, DEPUTY_DESK_DATA: options.env.DEPUTY_DESK_DATA ?? app.getPath('userData') });
      const rendererDir = join(options.mainDir, '../renderer');
      electron.protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererDir, request.url));
      const started = await options.startCore({
        dataFolder,
        // Installed: electron-builder's extraResources (electron-builder.yml); from the sources: the checkout's resources/.
        resourcesDir: app.isPackaged ? join(app.resourcesPath, 'resources') : resolve(app.getAppPath(), 'resources'),
        version: app.getVersion(),
        systemLanguages: () => [...app.getPreferredSystemLanguages(), app.getLocale()],
        deliver: saveDialogDelivery(electron.dialog, () => window, texts),
        chooseFile: openBackupDialog(electron.dialog, () => window, texts),
        // Imported files are parsed in utility processes: a hostile file can take down only that process.
        jobs: createUtilityProcessRunner(jobContract, {
          fork: electron.forkUtility,
          script: () => workerScript(appWorkerEntry().script),
          timeLimitMs: IMPORT_TIME_LIMIT_MS,
          memoryLimitMb: IMPORT_MEMORY_LIMIT_MB,
        }),
      });
      core = started;
      applySecurityPolicy(electron, isAppUrl);
      const zoomNow = () => started.store.data.settings.interfaceZoom;
      bindIpc(
        electron.ipc,
        followInterfaceZoom(started.dispatch, () => window?.contents ?? null, zoomNow),
        isAppUrl,
      );
      const deliver = saveDialogDelivery(electron.dialog, () => window, texts);
      const printFailed = (reason: unknown) =>
        electron.dialog.showErrorBox(texts().printFailed, reason instanceof Error ? reason.message : String(reason));
      electron.setApplicationMenu(
        applicationMenu(texts(), electron.platform, {
          print: () =>
            void (window && printPage(window.contents).then((outcome) => outcome.kind === 'failed' && printFailed(outcome.reason))),
          saveAsPdf: () => void (window && savePageAsPdf(window.contents, deliver, texts().appName).catch(printFailed)),
        }),
      );
      const opened = electron.createWindow({
        preloadPath: join(options.mainDir, '../preload/index.cjs'),
        startUrl: APP_START_URL,
        title: texts().appName,
      });
      window = opened;
      opened.contents.onDidFinishLoad(() => applyInterfaceZoom(opened.contents, zoomNow()));
    })
    .catch((error: unknown) => {
      // E.g. the data folder is used by another Deputy Desk, or cannot be read: say so, then stop.
      electron.dialog.showErrorBox(texts().cannotStart, error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
  return { ready, core: () => core, window: () => window };
}

const workerScript = (script: URL | string): string => (typeof script === 'string' ? script : fileURLToPath(script));
