import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'Deputy Desk';

/**
 * The folder that holds the store file. `DEPUTY_DESK_DATA` wins (tests, portable use); otherwise
 * the same per-user folder Electron's `app.getPath('userData')` gives, so the desktop app and the
 * web host share one library.
 */
export function resolveDataFolder(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env.DEPUTY_DESK_DATA?.trim();
  if (override) return override;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER_NAME);
}
