import { writeFile } from 'node:fs/promises';
import { dialog, type BrowserWindow } from 'electron';
import type { FileDelivery } from '../services/file-delivery';
import type { MainTexts } from './main-texts';

/** Exports in the desktop app: the native save dialog, then the file where the deputy chose. */
export function saveDialogDelivery(window: () => BrowserWindow | null, texts: () => MainTexts): FileDelivery {
  return async ({ fileName, bytes }) => {
    const owner = window();
    const options = { defaultPath: fileName, filters: filtersFor(fileName, texts()) };
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
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
