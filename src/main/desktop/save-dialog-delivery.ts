import { writeFile } from 'node:fs/promises';
import type { FileDelivery } from '../services/file-delivery';
import type { AppWindow, DialogPort } from '../electron/electron-port';
import type { MainTexts } from './main-texts';

/** Exports in the desktop app: the native save dialog, then the file where the deputy chose. */
export function saveDialogDelivery(dialog: DialogPort, window: () => AppWindow | null, texts: () => MainTexts): FileDelivery {
  return async ({ fileName, bytes }) => {
    const choice = await dialog.showSaveDialog(window(), { defaultPath: fileName, filters: filtersFor(fileName, texts()) });
    if (choice.canceled || !choice.filePath) return { kind: 'cancelled' };
    await writeFile(choice.filePath, bytes);
    return { kind: 'saved', path: choice.filePath };
  };
}

function filtersFor(fileName: string, texts: MainTexts): { name: string; extensions: string[] }[] {
  const extension = fileName.split('.').pop() ?? '';
  if (extension === 'docx') return [{ name: texts.wordDocument, extensions: ['docx'] }];
  if (extension === 'zip') return [{ name: texts.backupFile, extensions: ['zip'] }];
  if (extension === 'pdf') return [{ name: texts.pdfFile, extensions: ['pdf'] }];
  return [{ name: texts.jsonFile, extensions: ['json'] }];
}
