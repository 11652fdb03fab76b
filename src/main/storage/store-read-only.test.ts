import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../api/start-core';
import { annotateInBulk } from '../test-support/bulk-annotations';
import { startCoreIn as start } from '../test-support/temp-core';
import { makeFolderUnwritable } from '../test-support/unwritable-folder';
import { BACKUPS_FOLDER_NAME, STORE_FILE_NAME } from './store';
import { CURRENT_SCHEMA_VERSION } from './store-schema';

/** A change a deputy makes: renaming a document. */
const rename = (core: Core, documentId: string) => core.dispatch('library.rename', { documentId, title: '改过的标题 renamed' });

describe('a store opened read-only', () => {
  let folder: string;
  let documentId: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'deputy-desk-read-only-'));
    const first = await start(folder);
    documentId = first.services.library.list()[0]!.id;
    await annotateInBulk(first, documentId, 3);
    await first.store.close();
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('shows the data of a file written by a newer version, refuses every change, and never overwrites it', async () => {
    const file = join(folder, STORE_FILE_NAME);
    const newer = { ...JSON.parse(await readFile(file, 'utf8')), schemaVersion: CURRENT_SCHEMA_VERSION + 1, aFieldOfTheFuture: { x: 1 } };
    const written = JSON.stringify(newer);
    await writeFile(file, written);
    const backupsBefore = await readdir(join(folder, BACKUPS_FOLDER_NAME));

    const core = await start(folder);
    expect(core.services.library.list().map((d) => d.id)).toContain(documentId);
    expect(await core.dispatch('annotation.list', { documentId })).toMatchObject({ ok: true, data: { length: 3 } });
    expect(await core.dispatch('app.health', {})).toMatchObject({
      ok: true,
      data: { readOnly: { cause: 'newer-version', schemaVersion: CURRENT_SCHEMA_VERSION + 1, readsUpTo: CURRENT_SCHEMA_VERSION } },
    });
    const refused = await rename(core, documentId);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'STORAGE',
        message: expect.stringMatching(new RegExp(`newer Deputy Desk.*format ${CURRENT_SCHEMA_VERSION + 1}.*Install the newer`)),
      },
    });
    expect(core.services.library.list()[0]!.title).not.toContain('renamed');
    await core.store.close();

    expect(await readFile(file, 'utf8')).toBe(written);
    expect((await readdir(folder)).filter((n) => n.includes('damaged'))).toEqual([]);
    expect(await readdir(join(folder, BACKUPS_FOLDER_NAME))).toEqual(backupsBefore);
  });

  it('still lets the deputy read in the other language and at another size, in memory only, and refuses the other settings', async () => {
    const file = join(folder, STORE_FILE_NAME);
    const written = JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    await writeFile(file, written);
    const core = await start(folder);
    expect(await core.dispatch('settings.update', { language: 'en', textSize: 26 })).toMatchObject({
      ok: true,
      data: { language: 'en', textSize: 26 },
    });
    expect(await core.dispatch('settings.get', {})).toMatchObject({ ok: true, data: { language: 'en', textSize: 26 } });
    expect(await core.dispatch('settings.update', { proposalMinCoSigners: 5 })).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    expect(await core.dispatch('settings.get', {})).toMatchObject({ ok: true, data: { proposalMinCoSigners: 10 } });
    await core.store.close();
    expect(await readFile(file, 'utf8')).toBe(written);
  });

  it('says why a change was refused in the language the deputy reads in', async () => {
    const file = join(folder, STORE_FILE_NAME);
    const data = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(
      file,
      JSON.stringify({ ...data, schemaVersion: CURRENT_SCHEMA_VERSION + 1, settings: { ...data.settings, language: 'zh-CN' } }),
    );
    const core = await start(folder);
    expect(await rename(core, documentId)).toMatchObject({
      ok: false,
      error: {
        code: 'STORAGE',
        message: `未作此修改：您的数据由更新版本的代表履职助手写入（数据格式 ${CURRENT_SCHEMA_VERSION + 1}；本版本最高只能读取 ${CURRENT_SCHEMA_VERSION}），现以只读方式打开。请安装更新版本的代表履职助手后继续工作；数据未作任何改动。`,
      },
    });
    await core.dispatch('settings.update', { language: 'en' });
    expect(await rename(core, documentId)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^This change was not made: your data was written by a newer/) },
    });
    await core.store.close();
  });

  it('starts on a disk that refuses writes, shows the data, says why and loses nothing', async () => {
    const file = join(folder, STORE_FILE_NAME);
    const before = await readFile(file, 'utf8');
    const undo = await makeFolderUnwritable(folder);
    try {
      const core = await start(folder);
      expect(await core.dispatch('annotation.list', { documentId })).toMatchObject({ ok: true, data: { length: 3 } });
      expect(await core.dispatch('app.health', {})).toMatchObject({
        ok: true,
        data: { readOnly: { cause: 'disk', problem: expect.any(String) } },
      });
      expect(await rename(core, documentId)).toMatchObject({
        ok: false,
        error: { code: 'STORAGE', message: expect.stringMatching(/read-only because .*nothing was changed/) },
      });
      // A notice dismissed meanwhile goes in memory only.
      expect(await core.dispatch('app.dismissNotice', { noticeId: 'none' })).toMatchObject({ ok: true });
      await core.store.close();
    } finally {
      await undo();
    }
    expect(await readFile(file, 'utf8')).toBe(before);

    // Once the disk takes writes again, the next start is an ordinary one.
    const again = await start(folder);
    expect(again.store.readOnly).toBeNull();
    expect(await rename(again, documentId)).toMatchObject({ ok: true });
    await again.store.close();
  });
});
