import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from './folder-lock';
import { migrateToCurrent, MigrationError, type Migration } from './migrations';
import { openStoreInFolder, STORE_FILE_NAME, type Store } from './store';
import { createDefaultData, CURRENT_SCHEMA_VERSION } from './store-schema';

const fixedClock = () => new Date('2026-11-27T10:00:00.000Z');

/** The folder's files other than the backups folder and the lock of the running store. */
async function dataFiles(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name !== 'backups' && name !== LOCK_FILE_NAME);
}

/** Every store a test opened: its background backup rotation is waited for before the folder is removed. */
const opened: Store[] = [];
async function openStore(...args: Parameters<typeof openStoreInFolder>): Promise<Store> {
  const store = await openStoreInFolder(...args);
  opened.push(store);
  return store;
}

describe('store file', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'deputy-desk-store-'));
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.flush().catch(() => undefined)));
    await rm(folder, { recursive: true, force: true });
  });

  it('starts from defaults in an empty folder and creates the file on first write', async () => {
    const store = await openStore(folder, fixedClock);
    expect(store.data).toEqual(createDefaultData());
    expect(await dataFiles(folder)).toEqual([]);
    await store.update((data) => {
      data.settings.textSize = 22;
    });
    expect(await readdir(folder)).toContain(STORE_FILE_NAME);
  });

  it('reads back after reopening what was written before', async () => {
    const first = await openStore(folder, fixedClock);
    await first.update((data) => {
      data.settings.language = 'zh-CN';
      data.readingPositions['doc-1'] = { paragraphId: 'p-1', updatedAt: fixedClock().toISOString() };
    });
    const second = await openStore(folder, fixedClock);
    expect(second.data.settings.language).toBe('zh-CN');
    expect(second.data.readingPositions['doc-1']?.paragraphId).toBe('p-1');
  });

  it('coalesces a burst of updates and keeps the last value of each', async () => {
    const store = await openStore(folder, fixedClock);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.update((data) => {
          data.settings.textSize = 12 + (i % 20);
        }),
      ),
    );
    const onDisk = JSON.parse(await readFile(join(folder, STORE_FILE_NAME), 'utf8'));
    expect(onDisk.settings.textSize).toBe(12 + (49 % 20));
  });

  it.each([
    ['cut-short JSON', '{"schemaVersion":1,"settings":{', /not valid JSON/],
    ['an empty file', '', /empty/],
    [
      'valid JSON whose lists are missing',
      JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: createDefaultData().settings }),
      /invalid at documents/,
    ],
    ['a JSON array', '[]', /not hold a Deputy Desk data object/],
  ])('moves %s aside under a dated name, never overwrites it, and says why', async (_name, content, reason) => {
    await writeFile(join(folder, STORE_FILE_NAME), content);
    const store = await openStore(folder, fixedClock);

    const damagedName = 'deputy-desk.damaged-2026-11-27T10-00-00-000Z.json';
    expect((await dataFiles(folder)).sort()).toEqual([STORE_FILE_NAME, damagedName].sort());
    expect(await readFile(join(folder, damagedName), 'utf8')).toBe(content);
    expect(store.data.notices).toHaveLength(1);
    expect(store.data.notices[0]).toMatchObject({ kind: 'store-recovered', path: join(folder, damagedName) });
    expect(store.data.notices[0]?.reason).toMatch(reason);
    expect(store.data.notices[0]?.restoredFrom).toBeNull();
    expect(store.data.settings).toEqual(createDefaultData().settings);
    await store.close();
  });

  it('keeps a file with one invalid part under a dated name, sets that part aside in a file of its own and loads the rest', async () => {
    const content = JSON.stringify({
      ...createDefaultData(),
      settings: { textSize: 'big' },
      profile: { ...createDefaultData().profile, name: '李华' },
    });
    await writeFile(join(folder, STORE_FILE_NAME), content);
    const store = await openStore(folder, fixedClock);

    const damagedName = 'deputy-desk.damaged-2026-11-27T10-00-00-000Z.json';
    const setAsideName = 'deputy-desk.set-aside-2026-11-27T10-00-00-000Z.json';
    expect((await dataFiles(folder)).sort()).toEqual([STORE_FILE_NAME, damagedName, setAsideName].sort());
    expect(await readFile(join(folder, damagedName), 'utf8')).toBe(content);
    expect(JSON.parse(await readFile(join(folder, setAsideName), 'utf8')).records).toEqual([
      expect.objectContaining({ collection: 'settings', id: 'textSize', record: 'big' }),
    ]);
    expect(store.data.notices).toHaveLength(1);
    expect(store.data.notices[0]).toMatchObject({
      kind: 'store-salvaged',
      path: join(folder, setAsideName),
      original: join(folder, damagedName),
      setAsideCount: 1,
    });
    expect(store.data.notices[0]?.setAside[0]?.problem).toMatch(/textSize/);
    expect(store.data.settings).toEqual(createDefaultData().settings);
    expect(store.data.profile.name).toBe('李华');
    await store.close();
  });

  it('opens a file from a newer app read-only: never moved, never overwritten', async () => {
    const content = JSON.stringify({ ...createDefaultData(), schemaVersion: 99 });
    await writeFile(join(folder, STORE_FILE_NAME), content);
    const store = await openStore(folder, fixedClock);
    expect(await dataFiles(folder)).toEqual([STORE_FILE_NAME]);
    expect(store.readOnly).toEqual({ cause: 'newer-version', schemaVersion: 99, readsUpTo: CURRENT_SCHEMA_VERSION });
    await expect(store.update((data) => void (data.profile.name = 'x'))).rejects.toThrow(/newer Deputy Desk \(data format 99/);
    await store.close();
    expect(await readFile(join(folder, STORE_FILE_NAME), 'utf8')).toBe(content);
  });
});

describe('migrations', () => {
  const addLanguage: Migration = { from: 1, migrate: (data) => ({ ...data, added: true }) };

  it('applies each step in order up to the target version', () => {
    expect(migrateToCurrent({ schemaVersion: 1, x: 1 }, [addLanguage], 2)).toEqual({ schemaVersion: 2, x: 1, added: true });
  });

  it('leaves a current file as it is', () => {
    const data = createDefaultData();
    expect(migrateToCurrent(data)).toEqual(data);
    expect(data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('refuses files without a version, from the future, or with a gap in the steps', () => {
    expect(() => migrateToCurrent({ settings: {} })).toThrow(MigrationError);
    expect(() => migrateToCurrent({ schemaVersion: 5 }, [], 3)).toThrow(/newer Deputy Desk/);
    expect(() => migrateToCurrent({ schemaVersion: 1 }, [], 2)).toThrow(/no migration from schema 1/);
  });
});
