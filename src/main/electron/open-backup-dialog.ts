import { dialog, type BrowserWindow } from 'electron';
import type { ChooseFile } from '../services/incoming-files';
import type { MainTexts } from './main-texts';

/** Restore in the desktop app: the native open dialog; the main side then reads the picked file itself. */
export function openBackupDialog(window: () => BrowserWindow | null, texts: () => MainTexts): ChooseFile {
  return async () => {
    const options = {
      properties: ['openFile' as const],
      filters: [
        { name: texts().backupFile, extensions: ['zip', 'json'] },
      ],
    };
    const owner = window();
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  };
}
