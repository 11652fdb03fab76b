import type { StorageHealth } from '../../shared/domain/storage-health';
import { defaultEmergencyFolder, writeEmergencyCopy } from '../storage/emergency-copy';
import type { Store } from '../storage/store';
import type { DialogPort } from '../electron/electron-port';
import type { MainTexts } from './main-texts';

/** True when quitting loses nothing, or the deputy chose to quit although changes are not on disk. */
export function confirmQuitDespiteUnsavedChanges(dialog: DialogPort, health: StorageHealth, texts: MainTexts): boolean {
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
export async function keepUnsavedChanges(store: Store, dataFolder: string, fallbackFolder = defaultEmergencyFolder()): Promise<string | null> {
  await store.close();
  if (store.health().ok) return null;
  return writeEmergencyCopy(store.data, dataFolder, fallbackFolder, new Date());
}
