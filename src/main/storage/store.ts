import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { Notice } from '../../shared/domain/notice';
import type { StorageHealth } from '../../shared/domain/storage-health';
import { BackupRotation } from './backups';
import { makePrivateFolder, PRIVATE_FOLDER_MODE } from './durable-file-writer';
import { defaultEmergencyFolder, findEmergencyCopies } from './emergency-copy';
import { LOCK_FILE_NAME, lockDataFolder } from './folder-lock';
import { createDefaultData, type StoreData } from './store-schema';
import { parseStoreText, ValidatedJsonFile, type Recover } from './validated-json-file';
import { describeWriteFailure, RETRY_DELAYS_MS } from './write-failure';

export const STORE_FILE_NAME = 'deputy-desk.json';
export const BACKUPS_FOLDER_NAME = 'backups';

/** The one place domain data lives on the main side. */
export interface Store {
  /** The current data. Read-only by convention: change it through `update`. */
  readonly data: Readonly<StoreData>;
  /**
   * Applies a change in memory, then resolves once it is on disk. If the disk refuses, the change
   * stays in memory, `health()` says so, writing is retried, and the promise still resolves: the
   * change is not lost, it is waiting for the disk.
   */
  update<T>(change: (data: StoreData) => T): Promise<T>;
  /** Waits for every pending write (one more attempt if writing is failing). */
  flush(): Promise<void>;
  health(): StorageHealth;
  /** Puts whole new data in place (restoring a backup file) and writes it. */
  replace(data: StoreData): Promise<void>;
  /** Writes what is pending and lets another process use the data folder. */
  close(): Promise<void>;
}

export interface StoreOptions {
  now?: () => Date;
  /** Called after every successful write (e.g. to rotate backups). */
  onSaved?: () => void;
  /** Awaited before every write (e.g. making sure the data folder is there and locked). */
  beforeWrite?: () => Promise<void>;
  /** Awaited by flush() after the writes (e.g. a backup being copied). */
  onFlush?: () => Promise<void>;
  /** Called by close() after the last write, when it succeeded (e.g. the backup at quit). */
  onClosing?: () => Promise<void>;
  /** Called by close() last. */
  release?: () => Promise<void>;
}

export async function createStore(adapter: Adapter<StoreData>, options: StoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const db = new Low<StoreData>(adapter, createDefaultData());
  await db.read();
  let lastWrite: Promise<void> = Promise.resolve();
  let health: StorageHealth = { ok: true, problem: null, failingSince: null, lastSavedAt: null };
  let retryTimer: NodeJS.Timeout | null = null;
  let attempt = 0;

  const write = async (): Promise<void> => {
    try {
      // The adapter serializes and coalesces: many quick updates become few writes of the latest data.
      await options.beforeWrite?.();
      await db.write();
      health = { ok: true, problem: null, failingSince: null, lastSavedAt: now().toISOString() };
      attempt = 0;
      options.onSaved?.();
    } catch (error) {
      health = { ...health, ok: false, problem: describeWriteFailure(error), failingSince: health.failingSince ?? now().toISOString() };
      scheduleRetry();
    }
  };
  const scheduleRetry = (): void => {
    if (retryTimer) return;
    const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]!;
    attempt += 1;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      lastWrite = write();
    }, delay);
    retryTimer.unref();
  };

  const store: Store = {
    get data() {
      return db.data;
    },
    async update(change) {
      const result = change(db.data);
      lastWrite = write();
      await lastWrite;
      return result;
    },
    async flush() {
      if (!health.ok) {
        if (retryTimer) clearTimeout(retryTimer);
        retryTimer = null;
        lastWrite = write();
      }
      await lastWrite;
      await options.onFlush?.();
    },
    health: () => ({ ...health }),
    async replace(data) {
      db.data = data;
      lastWrite = write();
      await lastWrite;
    },
    async close() {
      await store.flush();
      if (health.ok) await options.onClosing?.();
      await options.release?.();
    },
  };
  return store;
}

/**
 * Opens (or creates) the store file in `folder`. A damaged file is set aside, the newest good
 * backup is loaded instead, and a notice says what happened; a good file is copied to the backups.
 */
export async function openStoreInFolder(
  folder: string,
  now: () => Date = () => new Date(),
  options: { fallbackFolder?: string } = {},
): Promise<Store> {
  await makePrivateFolder(folder);
  const lock = await lockDataFolder(folder);
  const file = join(folder, STORE_FILE_NAME);
  const lockFile = join(folder, LOCK_FILE_NAME);
  const backups = new BackupRotation(join(folder, BACKUPS_FOLDER_NAME), { now });
  const notices: Notice[] = [];
  const adapter = new ValidatedJsonFile(file, {
    now,
    recover: newestGoodBackup(backups),
    onSetAside: ({ movedTo, reason, restoredFrom }) =>
      notices.push({ id: `store-recovered-${now().getTime()}`, kind: 'store-recovered', path: movedTo, reason, restoredFrom, at: now().toISOString() }),
  });
  const store = await createStore(adapter, {
    now,
    beforeWrite: async () => {
      if (await exists(lockFile)) return;
      // The folder (or its lock) was deleted while running: recreate the folder, never its parents
      // (they may be a removed drive's mount point), and take the lock again before writing.
      await mkdir(folder, { mode: PRIVATE_FOLDER_MODE }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
      await lock.retake();
    },
    onSaved: () => backups.rotateIfDue(file),
    onFlush: () => backups.idle(),
    onClosing: async () => {
      await backups.settle();
      await backups.rotate(file).catch(() => undefined); // a backup that fails must not keep the app from quitting
    },
    release: () => lock.release(),
  });
  // A good file (nothing was set aside) is copied to the backups at every start.
  if (notices.length === 0 && (await exists(file))) await backups.rotate(file);
  for (const copy of await findEmergencyCopies(folder, options.fallbackFolder ?? defaultEmergencyFolder())) {
    const told = store.data.notices.some((notice) => notice.kind === 'emergency-copy' && notice.path === copy);
    if (!told) {
      const reason = 'Deputy Desk was closed while changes could not be saved';
      notices.push({ id: `emergency-copy-${now().getTime()}-${notices.length}`, kind: 'emergency-copy', path: copy, reason, restoredFrom: null, at: now().toISOString() });
    }
  }
  if (notices.length > 0) {
    // With the notices; after a set-aside, this puts the recovered (or fresh) data where the damaged file was.
    await store.update((data) => {
      data.notices.push(...notices);
    });
  }
  return store;
}

function newestGoodBackup(backups: BackupRotation): Recover {
  return async () => {
    for (const backup of await backups.newestFirst()) {
      const parsed = parseStoreText(await readFile(backup, 'utf8').catch(() => ''));
      if (typeof parsed !== 'string') return { data: parsed.data, from: backup };
    }
    return null;
  };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
