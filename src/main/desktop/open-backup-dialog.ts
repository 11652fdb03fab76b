import type { ChooseFile } from '../services/incoming-files';
import type { AppWindow, DialogPort } from '../electron/electron-port';
import type { MainTexts } from './main-texts';

/** Restore in the desktop app: the native open dialog; the main side then reads the picked file itself. */
export function openBackupDialog(dialog: DialogPort, window: () => AppWindow | null, texts: () => MainTexts): ChooseFile {
  return async () => {
    const choice = await dialog.showOpenDialog(window(), {
      properties: ['openFile'],
      filters: [{ name: texts().backupFile, extensions: ['zip', 'json'] }],
    });
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  };
}
