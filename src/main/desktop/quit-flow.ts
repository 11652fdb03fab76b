import { PENDING_SAVED_CHANNEL, SAVE_PENDING_CHANNEL } from '../../shared/contract/bridge';
import type { Store } from '../storage/store';
import type { AppWindow, ElectronPort } from '../electron/electron-port';
import type { MainTexts } from './main-texts';
import { quitSafely } from './quit-guard';

export interface QuitFlowOptions {
  store: () => Store | null;
  window: () => AppWindow | null;
  texts: () => MainTexts;
  dataFolder: () => string;
  /** How long the page may take to hand over what it still holds (a page that hangs must not keep the app open). */
  pageSaveLimitMs: number;
  emergencyFolder?: string;
}

/**
 * Quitting: the page first saves the edits it still holds (a debounced field), then the store
 * writes everything to disk, and only then the app quits — unless the writes fail and the deputy
 * would rather keep the app open; quitting anyway leaves an emergency copy (offered at next start).
 */
export function guardQuit(electron: ElectronPort, options: QuitFlowOptions): void {
  let quitting = false;
  electron.app.onBeforeQuit((event) => {
    const store = options.store();
    if (quitting || !store) return;
    event.preventDefault();
    void (async () => {
      await pageSaved(electron, options.window(), options.pageSaveLimitMs);
      await quitSafely({
        store,
        dataFolder: options.dataFolder(),
        dialog: electron.dialog,
        texts: options.texts,
        onQuitting: () => {
          quitting = true;
        },
        quit: () => electron.app.quit(),
        fallbackFolder: options.emergencyFolder,
      });
    })();
  });
}

/** Asks the page to save pending edits; resolves when it says it has, or after the limit. */
function pageSaved(electron: ElectronPort, window: AppWindow | null, limitMs: number): Promise<void> {
  if (!window) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, limitMs);
    electron.ipc.once(PENDING_SAVED_CHANNEL, () => {
      clearTimeout(timer);
      resolve();
    });
    window.contents.send(SAVE_PENDING_CHANNEL);
  });
}
