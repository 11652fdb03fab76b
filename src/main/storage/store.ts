import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { Notice } from '../../shared/domain/notice';
import { createDefaultData, type StoreData } from './store-schema';
import { ValidatedJsonFile } from './validated-json-file';

export const STORE_FILE_NAME = 'deputy-desk.json';

/** The one place domain data lives on the main side. */
export interface Store {
  /** The current data. Read-only by convention: change it through `update`. */
  readonly data: Readonly<StoreData>;
  /** Applies a change in memory, then resolves once it is safely on disk. */
  update<T>(change: (data: StoreData) => T): Promise<T>;
  /** Waits for every pending write. */
  flush(): Promise<void>;
}

export async function createStore(adapter: Adapter<StoreData>): Promise<Store> {
  const db = new Low<StoreData>(adapter, createDefaultData());
  await db.read();
  let lastWrite: Promise<void> = Promise.resolve();
  return {
    get data() {
      return db.data;
    },
    async update(change) {
      const result = change(db.data);
      // The adapter serializes and coalesces: many quick updates become few writes of the latest data.
      lastWrite = db.write();
      await lastWrite;
      return result;
    },
    flush: () => lastWrite.catch(() => undefined),
  };
}

/** Opens (or creates) the store file in `folder`; a damaged file is set aside and reported as a notice. */
export async function openStoreInFolder(folder: string, now: () => Date = () => new Date()): Promise<Store> {
  await mkdir(folder, { recursive: true });
  const setAside: Notice[] = [];
  const adapter = new ValidatedJsonFile(join(folder, STORE_FILE_NAME), {
    now,
    onSetAside: ({ movedTo, reason }) =>
      setAside.push({
        id: `store-recovered-${now().getTime()}`,
        kind: 'store-recovered',
        path: movedTo,
        reason,
        at: now().toISOString(),
      }),
  });
  const store = await createStore(adapter);
  if (setAside.length > 0) {
    await store.update((data) => {
      data.notices.push(...setAside);
    });
  }
  return store;
}
