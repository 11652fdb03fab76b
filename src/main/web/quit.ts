import type { Store } from '../storage/store';
import { defaultEmergencyFolder, writeEmergencyCopy } from '../storage/emergency-copy';

/**
 * Ctrl+C / SIGTERM: writes what is pending and lets the data folder go. When the last changes
 * cannot be written, they go to an emergency copy whose path is printed, and the exit code says
 * the quit was not clean (2; 3 when not even the copy could be written).
 */
export async function quitWebHost(options: {
  store: Store;
  dataFolder: string;
  fallbackFolder?: string;
  log: (line: string) => void;
  now?: () => Date;
}): Promise<number> {
  const { store, log } = options;
  await store.close();
  if (store.health().ok) return 0;
  const copy = await writeEmergencyCopy(
    store.data,
    options.dataFolder,
    options.fallbackFolder ?? defaultEmergencyFolder(),
    (options.now ?? (() => new Date()))(),
  );
  if (copy) {
    log(`Deputy Desk could not save your last changes (${store.health().problem ?? 'unknown problem'}).`);
    log(`They were kept in an emergency copy: ${copy}`);
    log('Start Deputy Desk again, open Your data and restore that file ("Restore from a backup file…").');
    return 2;
  }
  log(
    `Deputy Desk could not save your last changes (${store.health().problem ?? 'unknown problem'}), and no emergency copy could be written.`,
  );
  return 3;
}
