import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { BackupRotation } from '../storage/backups';
import { openStoreInFolder } from '../storage/store';
import { startTempCore } from '../test-support/temp-core';

type TempCore = Awaited<ReturnType<typeof startTempCore>>;

describe('backup and restore of everything', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });

  it('exports everything, and restoring it later brings it all back while keeping what it replaced', async () => {
    await core.services.profile.update({ name: 'Li Ming', delegation: 'Nanhu', deputyNumber: '0421', contact: '' });
    await core.services.annotations.create({ documentId: 'jiaxing-2024-work-report', start: 0, end: 20, kind: 'support', note: 'kept', tags: ['a'] });
    const backup = await core.services.data.exportBackup();
    if (backup.kind !== 'download') throw new Error('expected a download');
    expect(backup.fileName).toMatch(/^deputy-desk-backup-\d{4}-\d{2}-\d{2}\.json$/);

    // Later the deputy changes things, then restores the file.
    await core.services.profile.update({ name: 'Someone else', delegation: '', deputyNumber: '', contact: '' });
    const summary = await core.services.data.restoreBackup(Buffer.from(backup.base64, 'base64').toString('utf8'));

    expect(summary).toMatchObject({ documents: 1, annotations: 1, drafts: 0 });
    expect(core.store.data.profile.name).toBe('Li Ming');
    expect(core.store.data.annotations[0]?.note).toBe('kept');
    // What was replaced is kept under a name the rolling backups never delete.
    expect(summary.previousKeptAt).toMatch(/backups\/before-restore-[\dT-]+Z\.json$/);
    expect(JSON.parse(await readFile(summary.previousKeptAt!, 'utf8')).profile.name).toBe('Someone else');
    const rotation = new BackupRotation(join(core.dataFolder, 'backups'), { now: () => new Date(), keep: 1 });
    await rotation.rotate(join(core.dataFolder, 'deputy-desk.json'));
    await rotation.rotate(join(core.dataFolder, 'deputy-desk.json'));
    expect(JSON.parse(await readFile(summary.previousKeptAt!, 'utf8')).profile.name).toBe('Someone else');
    // And the restored data is on disk.
    expect((await openStoreInFolder(core.dataFolder)).data.profile.name).toBe('Li Ming');
  });

  it.each([
    ['not JSON', 'not json', /not valid JSON/],
    ['JSON of another shape', '{"hello":1}', /no valid schemaVersion/],
    ['a store from a newer app', '{"schemaVersion":99}', /newer Deputy Desk/],
  ])('refuses %s and changes nothing', async (_name, text, reason) => {
    const before = JSON.stringify(core.store.data);
    await expect(core.services.data.restoreBackup(text)).rejects.toThrow(reason);
    await expect(core.services.data.restoreBackup(text)).rejects.toThrow(/Your current data is unchanged/);
    expect(JSON.stringify(core.store.data)).toBe(before);
  });
});
