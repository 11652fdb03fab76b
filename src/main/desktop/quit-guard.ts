import type { StorageHealth } from '../../shared/domain/storage-health';
import { defaultEmergencyFolder, writeEmergencyCopy } from '../storage/emergency-copy';
import type { Store } from '../storage/store';
import type { DialogPort } from '../electron/electron-port';
import type { MainTexts } from './main-texts';

/** The part of Electron's `dialog` the quit guard uses (the real one in the app, a stand-in in tests). */
export type QuitDialog = Pick<DialogPort, 'showMessageBoxSync'>;

/** True when quitting loses nothing, or the deputy chose to quit although changes are not on disk. */
export function confirmQuitDespiteUnsavedChanges(health: StorageHealth, texts: MainTexts, dialog: QuitDialog): boolean {
  if (health.ok) return true;
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    buttons: [texts.keepOpen, texts.quitAnyway],
    defaultId: 0,
    cancelId: 0,
    title: texts.unsavedTitle,
    message: texts.unsavedMessage,
    detail: texts.unsavedDetail(health.problem ?? '?'),
  });
  return choice === 1;
}

/** After "quit anyway": the store lets the folder go, and what it could not save goes to an emergency copy. */
export async function keepUnsavedChanges(
  store: Store,
  dataFolder: string,
  fallbackFolder = defaultEmergencyFolder(),
  now = new Date(),
): Promise<string | null> {
  await store.close();
  if (store.health().ok) return null;
  return writeEmergencyCopy(store.data, dataFolder, fallbackFolder, now);
}

export interface QuitRequest {
  store: Store;
  dataFolder: string;
  dialog: QuitDialog;
  texts: () => MainTexts;
  /** Called once quitting is decided, before the store closes (no more calls reach it). */
  onQuitting: () => void;
  /** Electron's app.quit(). */
  quit: () => void;
  fallbackFolder?: string;
  now?: () => Date;
}

/**
 * What the desktop app does on "before-quit", once the page has saved what it held: writes what is
 * pending; if that fails, asks whether to keep the app open (the changes live only in memory) or
 * quit, and on quitting writes them to an emergency copy that the next start offers to restore.
 * Answers the copy's path, if one was made.
 */
export async function quitSafely(request: QuitRequest): Promise<{ quitting: boolean; emergencyCopy: string | null }> {
  const { store } = request;
  await store.flush();
  if (!confirmQuitDespiteUnsavedChanges(store.health(), request.texts(), request.dialog)) return { quitting: false, emergencyCopy: null };
  request.onQuitting();
  const emergencyCopy = await keepUnsavedChanges(store, request.dataFolder, request.fallbackFolder, request.now?.());
  request.quit();
  return { quitting: true, emergencyCopy };
}
