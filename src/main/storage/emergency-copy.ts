import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makePrivateFolder, writeFileDurably } from './durable-file-writer';
import type { StoreData } from './store-schema';

const PREFIX = 'deputy-desk.emergency-';

/** The fallback folder is shared by every data folder: a copy there names the folder it belongs to (a hash of its path). */
function prefixIn(folder: string, dataFolder: string): string {
  if (folder === dataFolder) return PREFIX;
  return `${PREFIX}${createHash('sha256').update(resolve(dataFolder)).digest('hex').slice(0, 12)}-`;
}

/** Where an emergency copy goes when the data folder cannot take it: a per-user folder in the system temp folder. */
export function defaultEmergencyFolder(): string {
  return join(tmpdir(), `deputy-desk-emergency-${process.getuid?.() ?? 'user'}`);
}

/**
 * Quitting while changes could not be saved: the data in memory goes to an emergency copy (in the
 * format "Your data → Restore" reads), in the data folder, or else in `fallbackFolder`. Answers
 * the path, or null when no place could take it.
 */
export async function writeEmergencyCopy(data: StoreData, dataFolder: string, fallbackFolder: string, now: Date): Promise<string | null> {
  const stamp = `${now.toISOString().replace(/[:.]/g, '-')}.json`;
  const content = JSON.stringify(data);
  for (const [folder, create] of [
    [dataFolder, false],
    [fallbackFolder, true],
  ] as const) {
    try {
      if (create) await makePrivateFolder(folder);
      const file = join(folder, prefixIn(folder, dataFolder) + stamp);
      await writeFileDurably(file, content);
      return file;
    } catch {
      // Try the next place.
    }
  }
  return null;
}

/** Emergency copies left by an earlier quit, in the data folder and the fallback folder. */
export async function findEmergencyCopies(dataFolder: string, fallbackFolder: string): Promise<string[]> {
  const found: string[] = [];
  for (const folder of [dataFolder, fallbackFolder]) {
    const names = await readdir(folder).catch(() => [] as string[]);
    const prefix = prefixIn(folder, dataFolder);
    const ownStamp = /^\d{4}-\d{2}-\d{2}T[\d-]+Z\.json$/;
    for (const name of names.sort())
      if (name.startsWith(prefix) && ownStamp.test(name.slice(prefix.length))) found.push(join(folder, name));
  }
  return found;
}
