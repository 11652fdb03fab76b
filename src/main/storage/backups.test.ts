import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupRotation } from './backups';
import { BACKUPS_FOLDER_NAME, openStoreInFolder, STORE_FILE_NAME } from './store';

describe('rolling backups', () => {
  let folder: string;
  let clock: number;
  const now = () => new Date(clock);
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'deputy-desk-backups-'));
    clock = Date.parse('2026-11-27T10:00:00.000Z');
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });
  const backupsFolder = () => join(folder, BACKUPS_FOLDER_NAME);

  it('keeps the newest ten copies', async () => {
    const source = join(folder, 'data.json');
    const rotation = new BackupRotation(backupsFolder(), { now });
    for (let i = 0; i < 13; i++) {
      await writeFile(source, `{"n":${i}}`);
      clock += 1000;
      await rotation.rotate(source);
    }
    const kept = await rotation.newestFirst();
    expect(kept).toHaveLength(10);
    expect(await readFile(kept[0]!, 'utf8')).toBe('{"n":12}');
    expect(await readFile(kept[9]!, 'utf8')).toBe('{"n":3}');
  });

  it('copies at every start and at most once a minute while editing', async () => {
    const first = await openStoreInFolder(folder, now);
    await first.update((data) => {
      data.settings.textSize = 20;
    });
    // The first save's copy, made in the background.
    await expect.poll(async () => (await readdir(backupsFolder()).catch(() => [])).length).toBe(1);
    clock += 1000;
    const afterStart = (await readdir(backupsFolder())).length;

    const store = await openStoreInFolder(folder, now); // a start with a good file: one more copy
    for (let i = 0; i < 5; i++) {
      clock += 5_000;
      await store.update((data) => {
        data.settings.textSize = 12 + i;
      });
    }
    const during = (await readdir(backupsFolder())).length;
    expect(during - afterStart).toBe(1); // the start's copy, and none for 25 s of edits
    clock += 61_000;
    await store.update((data) => {
      data.settings.textSize = 30;
    });
    await expect.poll(async () => (await readdir(backupsFolder())).length).toBeGreaterThan(during);
    await store.close();
  });

  it('loads the newest good backup when the store file is damaged, skipping damaged backups, and says so', async () => {
    const store = await openStoreInFolder(folder, now);
    await store.update((data) => {
      data.profile.name = 'Li Ming';
    });
    await store.close();
    clock += 1000;
    await openStoreInFolder(folder, now); // backup of the good file with Li Ming
    clock += 1000;
    await writeFile(join(backupsFolder(), 'deputy-desk.0000000099.2099-01-01T00-00-00-000Z.json'), '{"cut short');
    await writeFile(join(folder, STORE_FILE_NAME), 'garbage');

    clock += 1000;
    const recovered = await openStoreInFolder(folder, now);
    expect(recovered.data.profile.name).toBe('Li Ming');
    const notice = recovered.data.notices[0]!;
    expect(notice.reason).toMatch(/not valid JSON/);
    expect(notice.restoredFrom).toMatch(/backups\/deputy-desk\.\d{10}\.2026-11-27T10-00-0\d-000Z\.json$/);
    expect(await readFile(notice.path, 'utf8')).toBe('garbage');
    // The recovered data is a proper store file again.
    expect(JSON.parse(await readFile(join(folder, STORE_FILE_NAME), 'utf8')).profile.name).toBe('Li Ming');
    await recovered.close();
  });
});
