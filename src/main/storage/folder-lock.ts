import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'deputy-desk.lock';

/** Another running Deputy Desk (desktop app or web host) already uses this data folder. */
export class DataFolderInUseError extends Error {
  override name = 'DataFolderInUseError';
}

const held = new Set<string>();
let exitHookInstalled = false;

/**
 * One process per data folder: each keeps the whole library in memory and writes the whole file,
 * so two at once would silently undo each other's changes. The lock file holds the owner's process
 * id; a lock left by a process that no longer runs (a crash) is taken over. Re-entrant within one
 * process, released on exit.
 */
export async function lockDataFolder(folder: string): Promise<() => Promise<void>> {
  const file = join(folder, LOCK_FILE_NAME);
  if (!held.has(file)) {
    for (let attempt = 0; ; attempt++) {
      try {
        await writeFile(file, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }), { flag: 'wx' });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
        const owner = await lockOwner(file);
        if (owner !== null && owner !== process.pid && isRunning(owner)) {
          throw new DataFolderInUseError(
            `Deputy Desk is already running with the data folder ${folder} (process ${owner}). ` +
              `Close it first, or start this one with DEPUTY_DESK_DATA set to another folder. ` +
              `If no Deputy Desk is running, delete ${file}.`,
          );
        }
        await unlink(file).catch(() => undefined); // stale: its process is gone
      }
    }
    held.add(file);
    installExitHook();
  }
  return async () => {
    if (!held.delete(file)) return;
    await unlink(file).catch(() => undefined);
  };
}

async function lockOwner(file: string): Promise<number | null> {
  try {
    const pid = (JSON.parse(await readFile(file, 'utf8')) as { pid?: unknown }).pid;
    return typeof pid === 'number' && Number.isInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const file of held) {
      try {
        // Only our own lock: never remove one another process has taken over meanwhile.
        if ((JSON.parse(readFileSync(file, 'utf8')) as { pid?: number }).pid === process.pid) unlinkSync(file);
      } catch {
        // Already gone.
      }
    }
  });
}
