import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { errorCode } from '../error-code';
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from './durable-file-writer';
import { isSameLiveProcess, ownIdentity } from './process-identity';

export const LOCK_FILE_NAME = 'deputy-desk.lock';
/** A take-over that has not finished within this was left by a crash. */
const TAKEOVER_STALE_MS = 10_000;

/** Another running Deputy Desk (desktop app or web host) already uses this data folder. */
export class DataFolderInUseError extends Error {
  override name = 'DataFolderInUseError';
}

export interface FolderLock {
  /** Takes the lock in the folder again (after the folder was deleted and recreated). */
  retake(): Promise<void>;
  release(): Promise<void>;
}

const held = new Map<string, FolderLock>();
let exitHookInstalled = false;
const heldFiles = new Set<string>();

/**
 * One process per data folder: each keeps the whole library in memory and writes the whole file,
 * so two at once would silently undo each other's changes. Two lock files name the owner (pid,
 * boot id, process start time): one in the folder, one in a per-user folder of the system temp
 * folder keyed by the data folder's path, so deleting the data folder does not free it. A lock
 * whose owner is not that same running process is stale and taken over, atomically. Re-entrant
 * within one process, released on exit.
 */
export async function lockDataFolder(folder: string): Promise<FolderLock> {
  const inFolder = join(folder, LOCK_FILE_NAME);
  const existing = held.get(inFolder);
  if (existing) return existing;
  const byPath = await pathLockFile(folder);
  const inUse = (owner: number) =>
    new DataFolderInUseError(
      `Deputy Desk is already running with the data folder ${folder} (process ${owner}). ` +
        `Close it first, or start this one with DEPUTY_DESK_DATA set to another folder. ` +
        `If no Deputy Desk is running, delete ${inFolder}.`,
    );
  if (byPath) await acquire(byPath, inUse);
  try {
    await acquire(inFolder, inUse);
  } catch (error) {
    if (byPath) await unlinkIfOurs(byPath);
    throw error;
  }
  installExitHook();
  const lock: FolderLock = {
    retake: () => acquire(inFolder, inUse),
    async release() {
      if (held.get(inFolder) !== lock) return;
      held.delete(inFolder);
      await unlinkIfOurs(inFolder);
      if (byPath) await unlinkIfOurs(byPath);
    },
  };
  held.set(inFolder, lock);
  return lock;
}

/**
 * Creates `file` naming this process, atomically: the content is written under a random name and
 * linked into place (link fails if the name exists). A stale lock is replaced by rename while
 * holding `<file>.takeover` (created the same exclusive way), so two starters never both win.
 */
async function acquire(file: string, inUse: (owner: number) => Error): Promise<void> {
  const mine = `${file}.${randomBytes(8).toString('hex')}.tmp`;
  await writeFile(mine, JSON.stringify({ ...ownIdentity(), since: new Date().toISOString() }), { flag: 'wx', mode: PRIVATE_FILE_MODE });
  try {
    if (await linkOrExists(mine, file)) return markHeld(file);
    const owner = await lockOwner(file);
    if (owner?.pid === process.pid && isSameLiveProcess(owner)) return markHeld(file);
    if (owner && isSameLiveProcess(owner)) throw inUse(owner.pid);
    const takeover = `${file}.takeover`;
    if (!(await linkOrExists(mine, takeover))) {
      const age = await stat(takeover).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age < TAKEOVER_STALE_MS) throw inUse(owner?.pid ?? 0);
      await unlink(takeover).catch(() => undefined); // left by a crash during a take-over
      if (!(await linkOrExists(mine, takeover))) throw inUse(owner?.pid ?? 0);
    }
    try {
      // Holding the take-over: the lock is still stale, or someone finished taking it meanwhile.
      const now = await lockOwner(file);
      if (now && isSameLiveProcess(now) && now.pid !== process.pid) throw inUse(now.pid);
      await rename(mine, file);
      markHeld(file);
    } finally {
      await unlink(takeover).catch(() => undefined);
    }
  } finally {
    await unlink(mine).catch(() => undefined);
  }
}

async function linkOrExists(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

function markHeld(file: string): void {
  heldFiles.add(file);
}

interface LockOwner {
  pid: number;
  bootId?: string | null;
  startTicks?: number | null;
}

async function lockOwner(file: string): Promise<LockOwner | null> {
  try {
    return parseOwner(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    if (typeof raw.pid !== 'number' || !Number.isInteger(raw.pid)) return null;
    return {
      pid: raw.pid,
      bootId: typeof raw.bootId === 'string' ? raw.bootId : null,
      startTicks: typeof raw.startTicks === 'number' ? raw.startTicks : null,
    };
  } catch {
    return null;
  }
}

function isOurs(text: string): boolean {
  const owner = parseOwner(text);
  const me = ownIdentity();
  return owner?.pid === me.pid && (owner.startTicks ?? null) === me.startTicks;
}

async function unlinkIfOurs(file: string): Promise<void> {
  heldFiles.delete(file);
  try {
    if (isOurs(await readFile(file, 'utf8'))) await unlink(file);
  } catch {
    // Already gone.
  }
}

/**
 * The lock that survives deleting the data folder: `<tmp>/deputy-desk-locks-<uid>/<hash of path>.lock`.
 * Skipped (null) when that folder cannot be used or is not ours (another user made it first).
 */
async function pathLockFile(folder: string): Promise<string | null> {
  const uid = process.getuid?.() ?? 'user';
  const locks = join(tmpdir(), `deputy-desk-locks-${uid}`);
  try {
    await mkdir(locks, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    const info = await stat(locks);
    if (typeof uid === 'number' && info.uid !== uid) return null;
  } catch {
    return null;
  }
  return join(locks, `${createHash('sha256').update(resolve(folder)).digest('hex').slice(0, 32)}.lock`);
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const file of heldFiles) {
      try {
        // Only our own lock: never remove one another process has taken over meanwhile.
        if (isOurs(readFileSync(file, 'utf8'))) unlinkSync(file);
      } catch {
        // Already gone.
      }
    }
  });
}
