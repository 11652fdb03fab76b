import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStoreInFolder, STORE_FILE_NAME } from './store';
import { describeWriteFailure } from './write-failure';

describe('when the disk refuses writes', () => {
  let parent: string;
  let folder: string;
  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'deputy-desk-failing-'));
    folder = join(parent, 'drive', 'data');
  });
  afterEach(async () => {
    vi.useRealTimers();
    await rm(parent, { recursive: true, force: true });
  });

  it('keeps every change in memory, reports the problem, and writes everything once the disk is back', async () => {
    const store = await openStoreInFolder(folder);
    await store.update((data) => {
      data.profile.name = 'before';
    });
    expect(store.health().ok).toBe(true);

    await store.flush();
    // The retry ladder runs on the clock: a fake one, moved on by the test, instead of waiting for it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await rm(join(parent, 'drive'), { recursive: true }); // the drive disappears, with the data folder on it
    await store.update((data) => {
      data.profile.name = 'typed while failing';
    });
    await store.update((data) => {
      data.profile.contact = 'also typed';
    });
    const failing = store.health();
    expect(failing).toMatchObject({ ok: false, problem: 'the data folder has disappeared (a removed drive?)' });
    expect(failing.failingSince).not.toBeNull();
    expect(store.data.profile).toMatchObject({ name: 'typed while failing', contact: 'also typed' });

    await mkdir(folder, { recursive: true }); // the drive is back: the scheduled retry (after 1 s) writes it all
    await vi.advanceTimersByTimeAsync(999);
    expect(store.health().ok).toBe(false); // not before its time
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(store.health()).toMatchObject({ ok: true, problem: null, failingSince: null }), { timeout: 10_000 });
    const onDisk = JSON.parse(await readFile(join(folder, STORE_FILE_NAME), 'utf8'));
    expect(onDisk.profile).toMatchObject({ name: 'typed while failing', contact: 'also typed' });
  });

  it('retries on the schedule it is given, its last wait repeated', async () => {
    const store = await openStoreInFolder(folder, undefined, { retryDelaysMs: [50, 80] });
    await store.flush();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await rm(join(parent, 'drive'), { recursive: true });
    await store.update((data) => {
      data.profile.name = 'typed while failing';
    });
    await vi.waitFor(() => expect(store.health().ok).toBe(false));
    await vi.advanceTimersByTimeAsync(50); // the first retry fails too: the drive is still gone
    await vi.advanceTimersByTimeAsync(80); // so does the second
    await mkdir(folder, { recursive: true });
    await vi.advanceTimersByTimeAsync(79);
    expect(store.health().ok).toBe(false); // the third comes 80 ms after the second, not before
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(store.health().ok).toBe(true), { timeout: 10_000 });
    expect(JSON.parse(await readFile(join(folder, STORE_FILE_NAME), 'utf8')).profile.name).toBe('typed while failing');
  });

  it('says what to do for the usual causes', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(describeWriteFailure(error('ENOSPC'))).toBe('the disk is full: free some space');
    expect(describeWriteFailure(error('EROFS'))).toBe('the data folder is on a read-only disk');
    expect(describeWriteFailure(error('EACCES'))).toMatch(/permissions/);
  });

  it('says it in the deputy’s language', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(describeWriteFailure(error('ENOSPC'), 'zh-CN')).toBe('磁盘已满：请腾出一些空间');
    expect(describeWriteFailure(error('ENOENT'), 'zh-CN')).toBe('数据文件夹不见了（移动硬盘被拔出了？）');
    expect(describeWriteFailure(error('EIO'), 'zh-CN')).toBe('数据文件无法写入（EIO）');
  });

  it('reports a failing write in the language the deputy chose, and changes it when they switch', async () => {
    const store = await openStoreInFolder(folder);
    await store.update((data) => {
      data.settings.language = 'zh-CN';
    });
    await store.flush();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await rm(join(parent, 'drive'), { recursive: true });
    await store.update((data) => {
      data.profile.name = '李明';
    });
    expect(store.health()).toMatchObject({ ok: false, problem: '数据文件夹不见了（移动硬盘被拔出了？）' });
    await store.update((data) => {
      data.settings.language = 'en';
    });
    expect(store.health()).toMatchObject({ ok: false, problem: 'the data folder has disappeared (a removed drive?)' });
  });
});
