import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupRotation } from './backups';
import { BACKUPS_FOLDER_NAME, openStoreInFolder, STORE_FILE_NAME } from './store';

describe('backups do not trust the clock', () => {
  let folder: string;
  let clock: number;
  const now = () => new Date(clock);
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'deputy-desk-backup-order-'));
    clock = Date.parse('2026-11-27T10:00:00.000Z');
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });
  const backupsFolder = () => join(folder, BACKUPS_FOLDER_NAME);

  it('keeps the newest copies after the clock was once a year ahead, across restarts', async () => {
    const source = join(folder, 'data.json');
    clock = Date.parse('2027-12-01T00:00:00.000Z'); // a wrong clock, later corrected
    await writeFile(source, '{"n":"ahead"}');
    await new BackupRotation(backupsFolder(), { now }).rotate(source);
    clock = Date.parse('2026-11-27T10:00:00.000Z');
    // A restart: a new rotation object reads the sequence from the folder.
    const rotation = new BackupRotation(backupsFolder(), { now });
    for (let i = 0; i < 12; i++) {
      await writeFile(source, `{"n":${i}}`);
      clock += 1000;
      await rotation.rotate(source);
    }
    const kept = await rotation.newestFirst();
    expect(kept).toHaveLength(10);
    expect(await readFile(kept[0]!, 'utf8')).toBe('{"n":11}');
    expect(await Promise.all(kept.map((file) => readFile(file, 'utf8')))).not.toContain('{"n":"ahead"}');
  });

  it('recovers from the newest good backup by sequence, not the one with the latest date in its name', async () => {
    clock = Date.parse('2027-12-01T00:00:00.000Z');
    const ahead = await openStoreInFolder(folder, now);
    await ahead.update((data) => {
      data.profile.name = 'old session, clock ahead';
    });
    await ahead.close();
    clock = Date.parse('2026-11-27T10:00:00.000Z');
    const today = await openStoreInFolder(folder, now);
    clock += 61_000; // a backup is due while working
    await today.update((data) => {
      data.profile.name = 'this session';
    });
    await today.close();
    await writeFile(join(folder, STORE_FILE_NAME), 'garbage');

    const recovered = await openStoreInFolder(folder, now);
    expect(recovered.data.profile.name).toBe('this session');
    await recovered.close();
  });

  it('orders copies named by earlier versions by their modification time, after the numbered ones', async () => {
    const rotation = new BackupRotation(backupsFolder(), { now });
    const source = join(folder, 'data.json');
    await writeFile(source, '{"n":"numbered"}');
    await rotation.rotate(source);
    const legacyOld = join(backupsFolder(), 'deputy-desk.2099-01-01T00-00-00-000Z-0000abcd.json');
    const legacyNew = join(backupsFolder(), 'deputy-desk.2020-01-01T00-00-00-000Z-0000abcd.json');
    await writeFile(legacyOld, '{"n":"legacy old"}');
    await writeFile(legacyNew, '{"n":"legacy new"}');
    await utimes(legacyOld, new Date('2026-01-01'), new Date('2026-01-01'));
    await utimes(legacyNew, new Date('2026-02-01'), new Date('2026-02-01'));
    const order = await Promise.all((await rotation.newestFirst()).map((file) => readFile(file, 'utf8')));
    expect(order).toEqual(['{"n":"numbered"}', '{"n":"legacy new"}', '{"n":"legacy old"}']);
  });

  it('takes a backup at quit, so a damaged file later loses nothing of the session', async () => {
    const store = await openStoreInFolder(folder, now);
    await store.update((data) => {
      data.profile.name = 'first';
    });
    clock += 10_000; // within the minute: no backup while working
    await store.update((data) => {
      data.profile.name = 'last words before quitting';
    });
    await store.close();
    const newest = (await new BackupRotation(backupsFolder(), { now }).newestFirst())[0]!;
    expect(JSON.parse(await readFile(newest, 'utf8')).profile.name).toBe('last words before quitting');
  });

  it('writes backups owner-only in an owner-only folder', async () => {
    const store = await openStoreInFolder(join(folder, 'data'), now);
    await store.update((data) => {
      data.profile.name = 'private';
    });
    await store.close();
    const newest = (await new BackupRotation(join(folder, 'data', BACKUPS_FOLDER_NAME), { now }).newestFirst())[0]!;
    expect((await stat(newest)).mode & 0o777).toBe(0o600);
    expect((await stat(join(folder, 'data', BACKUPS_FOLDER_NAME))).mode & 0o777).toBe(0o700);
    expect((await stat(join(folder, 'data'))).mode & 0o777).toBe(0o700);
    expect((await stat(join(folder, 'data', STORE_FILE_NAME))).mode & 0o777).toBe(0o600);
  });
});
