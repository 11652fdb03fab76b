import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildBackupArchive } from '../storage/backup-archive';
import { BackupRotation } from '../storage/backups';
import { openStoreInFolder } from '../storage/store';
import { startCore } from '../api/start-core';
import { RESOURCES_DIR, startTempCore } from '../test-support/temp-core';

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
    await core.services.annotation.create({
      documentId: 'jiaxing-2024-work-report',
      start: 0,
      end: 20,
      kind: 'support',
      note: 'kept',
      tags: ['a'],
    });
    const backup = await core.services.data.exportBackup();
    if (backup.kind !== 'download') throw new Error('expected a download');
    expect(backup.fileName).toMatch(/^deputy-desk-backup-\d{4}-\d{2}-\d{2}\.zip$/);

    // Later the deputy changes things, then restores the file.
    await core.services.profile.update({ name: 'Someone else', delegation: '', deputyNumber: '', contact: '' });
    const summary = await core.services.data.restoreBackup({
      fileId: core.services.incoming.stage('backup', Buffer.from(backup.base64, 'base64')).fileId,
    });

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
    await expect(
      core.services.data.restoreBackup({ fileId: core.services.incoming.stage('backup', Buffer.from(text)).fileId }),
    ).rejects.toThrow(reason);
    await expect(
      core.services.data.restoreBackup({ fileId: core.services.incoming.stage('backup', Buffer.from(text)).fileId }),
    ).rejects.toThrow(/Your current data is unchanged/);
    expect(JSON.stringify(core.store.data)).toBe(before);
  });

  it('says why a backup cannot be restored in Chinese when the deputy reads in Chinese', async () => {
    await core.dispatch('settings.update', { language: 'zh-CN' });
    const restore = (bytes: Uint8Array) =>
      core.dispatch('data.restoreBackup', { fileId: core.services.incoming.stage('backup', bytes).fileId });
    const hash = core.store.data.documents[0]!.textHash;
    const tampered = await buildBackupArchive(JSON.stringify(core.store.data), new Map([[hash, Buffer.from('changed')]]));
    expect(await restore(tampered)).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: `无法恢复此文件：其中的文本 texts/${hash}.txt 已损坏（内容与文件名不符）。您当前的数据没有改动。`,
      },
    });
    expect(await restore(Buffer.from('PK\x03\x04 cut short'))).toMatchObject({
      error: { message: '无法恢复此文件：它不是可读取的备份压缩包（已损坏或不完整）。您当前的数据没有改动。' },
    });
    expect(await restore(Buffer.from('not json'))).toMatchObject({
      error: { message: '无法恢复此文件：它不是有效的 JSON（已损坏或不完整）。您当前的数据没有改动。' },
    });
    expect(await restore(Buffer.from('{"schemaVersion":99}'))).toMatchObject({
      error: {
        message:
          '无法恢复此文件：文件由更新版本的代表履职助手写入（数据格式 99，本版本最高只能读取 5）；请更新应用。您当前的数据没有改动。',
      },
    });
    expect(await restore(Buffer.from('{"schemaVersion":5,"settings":{}}'))).toMatchObject({
      error: {
        message: expect.stringMatching(
          /^无法恢复此文件：其内容在 [\w.]+ 处无效：(缺少该项|类型不对（文字、数字、列表等）)。您当前的数据没有改动。$/,
        ),
      },
    });
  });

  it('carries every version of every document to another computer in the one archive file', async () => {
    const docId = 'jiaxing-2024-work-report';
    const first = core.services.documents.get(docId);
    const revised = currentText(core).replace('Fellow Deputies,', 'Fellow Deputies,\n\n新增的一段：全市生产总值增长6.5%。');
    await core.services.document.importRevision({ documentId: docId, text: revised });
    const backup = await core.services.data.exportBackup();
    if (backup.kind !== 'download') throw new Error('expected a download');

    const other = await startTempCore();
    try {
      await rm(join(other.dataFolder, 'texts'), { recursive: true, force: true });
      await other.services.data.restoreBackup({
        fileId: other.services.incoming.stage('backup', Buffer.from(backup.base64, 'base64')).fileId,
      });
      expect(other.services.document.versions({ documentId: docId })).toHaveLength(2);
      expect(JSON.stringify(other.services.documents.get(docId).outline)).toContain('新增的一段');
      expect(other.services.document.getVersion({ documentId: docId, version: 1 }).outline).toEqual(first.outline);
    } finally {
      await other.dispose();
    }
  });

  it('restores the JSON backup file of the earlier version, texts and all', async () => {
    const v2 = await readFile(join(import.meta.dirname, '../storage/fixtures/store-v2.json'));
    const summary = await core.services.data.restoreBackup({ fileId: core.services.incoming.stage('backup', v2).fileId });
    expect(summary).toMatchObject({ documents: 2, annotations: 1 });
    const [doc] = core.services.library.list();
    expect(JSON.stringify(core.services.documents.get(doc!.id).outline)).toContain('城镇新增就业6万人');
    expect(JSON.stringify(core.services.document.getVersion({ documentId: doc!.id, version: 1 }).outline)).toContain('城镇新增就业5万人');
    // The texts went to their own files; the store file names them only.
    await core.store.flush();
    const hot = await readFile(join(core.dataFolder, 'deputy-desk.json'), 'utf8');
    expect(hot).not.toContain('城镇新增就业');
    expect((await readdir(join(core.dataFolder, 'texts'))).filter((n) => n.endsWith('.txt')).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses an archive whose text does not match its name, or that lacks a text, and changes nothing', async () => {
    const data = core.store.data;
    const hash = data.documents[0]!.textHash;
    const before = JSON.stringify(data);
    const tampered = await buildBackupArchive(JSON.stringify(data), new Map([[hash, Buffer.from('someone changed this report')]]));
    await expect(core.services.data.restoreBackup({ fileId: core.services.incoming.stage('backup', tampered).fileId })).rejects.toThrow(
      /is damaged \(its content does not match its name\)\. Your current data is unchanged/,
    );
    const other = await startTempCore();
    try {
      await rm(join(other.dataFolder, 'texts'), { recursive: true, force: true });
      const lacking = await buildBackupArchive(JSON.stringify(data), new Map());
      await expect(other.services.data.restoreBackup({ fileId: other.services.incoming.stage('backup', lacking).fileId })).rejects.toThrow(
        /1 document text\(s\) it names are not in it\. Your current data is unchanged/,
      );
    } finally {
      await other.dispose();
    }
    expect(JSON.stringify(core.store.data)).toBe(before);
  });

  it('says which text is damaged when one of its files was changed on disk', async () => {
    const doc = core.store.data.documents[0]!;
    await writeFile(join(core.dataFolder, 'texts', `${doc.textHash}.txt`), 'damaged by a disk error');
    await core.store.close();
    const fresh = await startCore({ dataFolder: core.dataFolder, resourcesDir: RESOURCES_DIR, version: 'test' });
    try {
      expect(() => fresh.services.documents.get(doc.id)).toThrow(/texts\/[0-9a-f]{64}\.txt is damaged.*Restore a backup/);
      await expect(fresh.services.data.exportBackup()).rejects.toThrow(/The backup was not written: .* is damaged/);
    } finally {
      await fresh.store.close();
    }
  });
});

/** The current version's source text of the first document, read from its text file. */
function currentText(core: TempCore): string {
  const doc = core.store.data.documents[0]!;
  return core.services.documents.readText(doc, doc.textHash);
}
