import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataFolderInUseError, LOCK_FILE_NAME, lockDataFolder } from './folder-lock';
import { openStoreInFolder } from './store';

describe('one process per data folder', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'deputy-desk-lock-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses a folder another running process holds, and says what to do', async () => {
    // A live process that is not this one: a sleeping child.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await writeFile(join(folder, LOCK_FILE_NAME), JSON.stringify({ pid: other.pid, since: new Date().toISOString() }));
      const opening = openStoreInFolder(folder);
      await expect(opening).rejects.toBeInstanceOf(DataFolderInUseError);
      await expect(openStoreInFolder(folder)).rejects.toThrow(/already running with the data folder .* DEPUTY_DESK_DATA/);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.on('exit', resolve));
    await writeFile(join(folder, LOCK_FILE_NAME), JSON.stringify({ pid: gone.pid, since: '2026-01-01T00:00:00.000Z' }));
    const store = await openStoreInFolder(folder);
    expect(JSON.parse(await readFile(join(folder, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  it('releases the folder on close', async () => {
    const store = await openStoreInFolder(folder);
    await store.close();
    await expect(readFile(join(folder, LOCK_FILE_NAME))).rejects.toThrow(/ENOENT/);
    const lock = await lockDataFolder(folder);
    await lock.release();
  });
});
