import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStoreInFolder } from '../storage/store';
import { quitWebHost } from './quit';

describe('quitting the web host', () => {
  let parent: string;
  let fallback: string;
  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'deputy-desk-quit-'));
    fallback = join(parent, 'system-temp');
    await mkdir(fallback);
  });
  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('saves and exits 0 when the disk takes the last changes', async () => {
    const folder = join(parent, 'data');
    const store = await openStoreInFolder(folder);
    void store.update((d) => {
      d.profile.name = 'typed just before Ctrl+C';
    });
    const lines: string[] = [];
    expect(await quitWebHost({ store, dataFolder: folder, fallbackFolder: fallback, log: (line) => lines.push(line) })).toBe(0);
    expect(JSON.parse(await readFile(join(folder, 'deputy-desk.json'), 'utf8')).profile.name).toBe('typed just before Ctrl+C');
  });

  it('keeps unsaved changes in an emergency copy, prints where, exits non-zero, and the next start offers it', async () => {
    const folder = join(parent, 'drive', 'data');
    const store = await openStoreInFolder(folder);
    await store.update((d) => {
      d.profile.name = 'saved';
    });
    await store.flush();
    await rm(join(parent, 'drive'), { recursive: true }); // the drive is gone: nothing can be written there
    await store.update((d) => {
      d.profile.name = 'only in memory';
    });
    expect(store.health().ok).toBe(false);

    const lines: string[] = [];
    const code = await quitWebHost({ store, dataFolder: folder, fallbackFolder: fallback, log: (line) => lines.push(line) });
    expect(code).not.toBe(0);
    const copies = await readdir(join(fallback));
    expect(copies).toHaveLength(1);
    const copy = join(fallback, copies[0]!);
    expect(lines.join('\n')).toContain(copy);
    expect(JSON.parse(await readFile(copy, 'utf8')).profile.name).toBe('only in memory');

    // Next start, the drive back: a notice says where the copy is and how to restore it.
    await mkdir(folder, { recursive: true });
    const next = await openStoreInFolder(folder, undefined, { fallbackFolder: fallback });
    expect(next.data.notices).toEqual([expect.objectContaining({ kind: 'emergency-copy', path: copy })]);
    await next.close();
    // Another data folder sharing the same fallback folder is not offered this copy.
    const other = await openStoreInFolder(join(parent, 'other'), undefined, { fallbackFolder: fallback });
    expect(other.data.notices).toEqual([]);
    await other.close();
  });
});
