import type { MenuItemConstructorOptions } from '../electron/electron-port';
import type { MainTexts } from './main-texts';

/** The usual application menu, built from Electron's standard roles (which Electron labels in the system language). */
export function applicationMenu(texts: MainTexts, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
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
