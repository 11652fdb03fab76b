import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { NoticeSchema, type Notice } from '../../shared/domain/notice';
import type { ReadOnlyCause, StorageHealth } from '../../shared/domain/storage-health';
import type { Language } from '../../shared/domain/settings';
import { translator } from '../../shared/i18n/shared-i18n';
import { errorCode } from '../error-code';
import { BackupRotation } from './backups';
import { makePrivateFolder, PRIVATE_FOLDER_MODE } from './durable-file-writer';
import { defaultEmergencyFolder, findEmergencyCopies } from './emergency-copy';
import { DataFolderInUseError, LOCK_FILE_NAME, lockDataFolder, type FolderLock } from './folder-lock';
import { referencedTextHashes, versionsOfTexts } from './library-texts';
import { createDefaultData, CURRENT_SCHEMA_VERSION, type StoreData } from './store-schema';
import type { TextStore } from './text-store';
import { parseStoreText, ValidatedJsonFile, type Recover } from './validated-json-file';
import { describeWriteFailure, RETRY_DELAYS_MS } from './write-failure';

export const STORE_FILE_NAME = 'deputy-desk.json';
export const BACKUPS_FOLDER_NAME = 'backups';

/** A change asked of a store opened read-only: refused, nothing changed (dispatch words it as a STORAGE error). */
export class StoreReadOnlyError extends Error {
  override name = 'StoreReadOnlyError';
  constructor(
    readonly cause_: ReadOnlyCause,
    language: Language = 'en',
  ) {
    const t = translator(language, 'errors', 'readOnly');
    super(cause_.cause === 'newer-version' ? t('newerVersion', { ...cause_ }) : t('disk', { problem: cause_.problem }));
  }
}

/** Why a store is read-only, as kept inside: the disk's error is put in words when asked, in the deputy's language then. */
export type ReadOnlyReason = Extract<ReadOnlyCause, { cause: 'newer-version' }> | { cause: 'disk'; error: unknown };

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
  /** Why the data is open read-only, or null when changes are saved. */
  readonly readOnly: ReadOnlyCause | null;
  /** Adds notices (saved with the data; kept in memory only when read-only). */
  addNotices(notices: readonly Notice[]): Promise<void>;
  /** Removes a notice the deputy dismissed (in memory only when read-only). */
  dismissNotice(noticeId: string): Promise<void>;
  /**
   * A change to how things are shown (language, text size…): saved like any change, and applied in
   * memory only when read-only, so that a deputy can still read the data in their language.
   */
  updateView<T>(change: (data: StoreData) => T): Promise<T>;
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
  /** Asked once the file is read: opened read-only, every update is refused and nothing is written. */
  readOnly?: () => ReadOnlyReason | null;
  /** The waits between retries of a failing write, the last one repeated (default `RETRY_DELAYS_MS`). */
  retryDelaysMs?: readonly number[];
}

export async function createStore(adapter: Adapter<StoreData>, options: StoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const db = new Low<StoreData>(adapter, createDefaultData());
  await db.read();
  const readOnlyReason = options.readOnly?.() ?? null;
  // Problems are put in words when asked for, in the language the deputy reads in at that moment.
  // (No language chosen: English, as the main side cannot see the system's.)
  const language = (): Language => db.data.settings.language ?? 'en';
  const causeOf = (reason: ReadOnlyReason): ReadOnlyCause =>
    reason.cause === 'disk' ? { cause: 'disk', problem: describeWriteFailure(reason.error, language()) } : reason;
  const readOnlyCause = (): ReadOnlyCause | null => (readOnlyReason ? causeOf(readOnlyReason) : null);
  const readOnly = readOnlyReason !== null;
  const refuseIfReadOnly = () => {
    if (readOnlyReason) throw new StoreReadOnlyError(causeOf(readOnlyReason), language());
  };
  let lastWrite: Promise<void> = Promise.resolve();
  /** The error of the last write while writing fails (null when the last write succeeded). */
  let failure: { error: unknown; since: string } | null = null;
  let lastSavedAt: string | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let attempt = 0;

  const write = async (): Promise<void> => {
    try {
      // The adapter serializes and coalesces: many quick updates become few writes of the latest data.
      await options.beforeWrite?.();
      await db.write();
      failure = null;
      lastSavedAt = now().toISOString();
      attempt = 0;
      options.onSaved?.();
    } catch (error) {
      failure = { error, since: failure?.since ?? now().toISOString() };
      scheduleRetry();
    }
  };
  const scheduleRetry = (): void => {
    if (retryTimer) return;
    const delays = options.retryDelaysMs?.length ? options.retryDelaysMs : RETRY_DELAYS_MS;
    const delay = delays.at(Math.min(attempt, delays.length - 1)) ?? RETRY_DELAYS_MS[0];
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
    get readOnly() {
      return readOnlyCause();
    },
    async update(change) {
      refuseIfReadOnly();
      const result = change(db.data);
      lastWrite = write();
      await lastWrite;
      return result;
    },
    async flush() {
      if (failure) {
        if (retryTimer) clearTimeout(retryTimer);
        retryTimer = null;
        lastWrite = write();
      }
      await lastWrite;
      await options.onFlush?.();
    },
    health: () => ({
      ok: failure === null,
      problem: failure ? describeWriteFailure(failure.error, language()) : null,
      failingSince: failure?.since ?? null,
      lastSavedAt,
      readOnly: readOnlyCause(),
    }),
    async replace(data) {
      refuseIfReadOnly();
      db.data = data;
      lastWrite = write();
      await lastWrite;
    },
    async close() {
      await store.flush();
      if (failure === null && !readOnly) await options.onClosing?.();
      await options.release?.();
    },
    async addNotices(notices) {
      if (notices.length === 0) return;
      if (readOnly) db.data.notices.push(...notices);
      else await store.update((data) => void data.notices.push(...notices));
    },
    async dismissNotice(noticeId) {
      const keep = (data: StoreData) => (data.notices = data.notices.filter((n) => n.id !== noticeId));
      if (readOnly) keep(db.data);
      else await store.update(keep);
    },
    async updateView(change) {
      return readOnly ? change(db.data) : store.update(change);
    },
  };
  return store;
}

/**
 * Opens (or creates) the store file in `folder`. A partly invalid file is salvaged (its bad records
 * set aside in a file beside it, the original kept); a file that cannot be used at all is set
 * aside and the newest good backup loaded instead; a notice says what happened. A good file is
 * copied to the backups. A file written by a newer version, or a disk that refuses writes at
 * start, opens read-only: the data is shown, every change is refused, nothing is written.
 */
export async function openStoreInFolder(
  folder: string,
  now: () => Date = () => new Date(),
  options: {
    fallbackFolder?: string;
    /** The documents' texts: rewritten from memory when the data folder was deleted while running. */
    texts?: TextStore;
    retryDelaysMs?: readonly number[];
  } = {},
): Promise<Store> {
  let readOnly: ReadOnlyReason | null = null;
  let lock: FolderLock | null = null;
  try {
    await makePrivateFolder(folder);
    lock = await lockDataFolder(folder);
  } catch (error) {
    if (error instanceof DataFolderInUseError || !DISK_REFUSES.has(errorCode(error) ?? '')) throw error;
    readOnly = { cause: 'disk', error };
  }
  const file = join(folder, STORE_FILE_NAME);
  const lockFile = join(folder, LOCK_FILE_NAME);
  const backups = new BackupRotation(join(folder, BACKUPS_FOLDER_NAME), { now });
  const notices: Notice[] = [];
  const notice = (fields: Pick<Notice, 'kind' | 'path' | 'reason'> & Partial<Notice>) =>
    notices.push(NoticeSchema.parse({ id: `${fields.kind}-${now().getTime()}-${notices.length}`, at: now().toISOString(), ...fields }));
  const adapter = new ValidatedJsonFile(file, {
    now,
    readOnly: readOnly !== null,
    recover: newestGoodBackup(backups),
    onSetAside: ({ movedTo, reason, restoredFrom }) => notice({ kind: 'store-recovered', path: movedTo, reason, restoredFrom }),
    onSalvaged: ({ original, setAsideFile, items }) =>
      notice({
        kind: 'store-salvaged',
        path: setAsideFile ?? file,
        original,
        reason: `${items.length} record(s) did not pass the checks`,
        setAside: items.slice(0, 200).map(({ collection, id, problem }) => ({ collection, id, problem })),
        setAsideCount: items.length,
      }),
    onNewer: (schemaVersion) => {
      readOnly ??= { cause: 'newer-version', schemaVersion, readsUpTo: CURRENT_SCHEMA_VERSION };
    },
  });
  /** Lost texts already named in a notice: each is told once. */
  const toldLost = new Set<string>();
  const store = await createStore(adapter, {
    now,
    retryDelaysMs: options.retryDelaysMs,
    readOnly: () => readOnly,
    beforeWrite: async () => {
      if (await exists(lockFile)) return;
      // The folder (or its lock) was deleted while running: recreate the folder, never its parents
      // (they may be a removed drive's mount point), and take the lock again before writing.
      await mkdir(folder, { mode: PRIVATE_FOLDER_MODE }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
      await lock?.retake();
      // The texts went with the folder: those still in memory are written again before the store names them.
      const lost = (await options.texts?.rewriteFromMemory(referencedTextHashes(store.data))) ?? [];
      const untold = new Set(lost.filter((hash) => !toldLost.has(hash)));
      if (untold.size === 0) return;
      for (const hash of untold) toldLost.add(hash);
      // Not awaited: it is one more update, saved by the write after this one.
      void store.addNotices([lostTextsNotice(store.data, untold, now())]).catch(() => undefined);
    },
    onSaved: () => backups.rotateIfDue(file),
    onFlush: () => backups.idle(),
    onClosing: async () => {
      await backups.settle();
      await backups.rotate(file).catch(() => undefined); // a backup that fails must not keep the app from quitting
    },
    release: async () => lock?.release(),
  });
  // A good file (nothing was set aside) is copied to the backups at every start.
  if (!readOnly && notices.length === 0 && (await exists(file))) await backups.rotate(file);
  for (const copy of await findEmergencyCopies(folder, options.fallbackFolder ?? defaultEmergencyFolder())) {
    const told = store.data.notices.some((n) => n.kind === 'emergency-copy' && n.path === copy);
    if (!told) notice({ kind: 'emergency-copy', path: copy, reason: 'Deputy Desk was closed while changes could not be saved' });
  }
  // With the notices; after a set-aside or a salvage, this puts the recovered data where the damaged file was.
  await store.addNotices(notices);
  return store;
}

/** Says which document versions' texts could not be written again after the data folder was deleted. */
function lostTextsNotice(data: StoreData, hashes: ReadonlySet<string>, at: Date): Notice {
  return NoticeSchema.parse({
    id: `texts-lost-${at.getTime()}`,
    kind: 'texts-lost',
    path: '',
    reason: 'the data folder was deleted while Deputy Desk was running',
    lostTexts: versionsOfTexts(data, hashes).slice(0, 200),
    at: at.toISOString(),
  });
}

/** Errors of a disk that refuses writes: the store then opens read-only instead of refusing to start. */
const DISK_REFUSES = new Set(['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EDQUOT']);

function newestGoodBackup(backups: BackupRotation): Recover {
  return async () => {
    for (const backup of await backups.newestFirst()) {
      const parsed = parseStoreText(await readFile(backup, 'utf8').catch(() => ''));
      if ('data' in parsed) return { data: parsed.data, from: backup };
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
