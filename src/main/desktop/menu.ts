import type { MenuItemConstructorOptions } from '../electron/electron-port';
import type { MainTexts } from './main-texts';

/** What the File menu's print items do (print.ts, on the window's contents). */
export interface PrintActions {
  print: () => void;
  saveAsPdf: () => void;
}

/** The usual application menu, built from Electron's standard roles, with print and save-as-PDF in File. */
export function applicationMenu(texts: MainTexts, platform: NodeJS.Platform, actions: PrintActions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: texts.fileMenu,
      submenu: [
        { label: texts.print, accelerator: 'CmdOrCtrl+P', click: actions.print },
        { label: texts.saveAsPdf, accelerator: 'CmdOrCtrl+Shift+P', click: actions.saveAsPdf },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: texts.viewMenu,
      submenu: [
        // No zoom roles: the page handles Ctrl/Cmd + = / - / 0 and saves the interface zoom, which the window then follows (window-zoom.ts).
        { role: 'reload' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
