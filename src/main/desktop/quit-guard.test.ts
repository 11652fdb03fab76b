import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MessageBoxSyncOptions } from '../electron/electron-port';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStoreInFolder, type Store } from '../storage/store';
import { mainTexts } from './main-texts';
import { quitSafely, type QuitDialog } from './quit-guard';

/** A typed stand-in for Electron's dialog: records what it was asked, answers the button the deputy "pressed". */
function dialogPressing(button: number): QuitDialog & { asked: MessageBoxSyncOptions[] } {
  const asked: MessageBoxSyncOptions[] = [];
  return {
    asked,
    showMessageBoxSync(options) {
      asked.push(options);
      return button;
    },
  };
}

describe('quitting the desktop app', () => {
  let parent: string;
  let folder: string;
  let fallback: string;
  let store: Store;
  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'deputy-desk-electron-quit-'));
    folder = join(parent, 'drive', 'data');
    fallback = join(parent, 'system-temp');
    await mkdir(fallback);
    store = await openStoreInFolder(folder);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await store.close();
    await rm(parent, { recursive: true, force: true });
  });

  const request = (dialog: QuitDialog, quit: () => void, language: 'en' | 'zh-CN' = 'en') => ({
    store,
    dataFolder: folder,
    dialog,
    texts: () => mainTexts(language, 'en-US'),
    onQuitting: () => undefined,
    quit,
    fallbackFolder: fallback,
    now: () => new Date('2026-12-02T01:00:00.000Z'),
  });

  /** The drive goes away after a first save, and then the deputy types something more. */
  async function loseTheDisk(): Promise<void> {
    await store.update((d) => void (d.profile.name = 'saved'));
    await store.flush();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // no retry ladder running meanwhile
    await rm(join(parent, 'drive'), { recursive: true });
    await store.update((d) => void (d.profile.name = '张伟 typed while the disk was gone'));
    expect(store.health().ok).toBe(false);
  }

  it('quits without asking when everything is saved, and leaves no emergency copy', async () => {
    await store.update((d) => void (d.profile.name = 'saved'));
    const dialog = dialogPressing(0);
    const quit = vi.fn();
    expect(await quitSafely(request(dialog, quit))).toEqual({ quitting: true, emergencyCopy: null });
    expect(dialog.asked).toEqual([]);
    expect(quit).toHaveBeenCalledOnce();
    expect(await readdir(fallback)).toEqual([]);
  });

  it('asks, and "Keep Deputy Desk open" keeps it open with the changes in memory', async () => {
    await loseTheDisk();
    const dialog = dialogPressing(0);
    const quit = vi.fn();
    expect(await quitSafely(request(dialog, quit))).toEqual({ quitting: false, emergencyCopy: null });
    expect(dialog.asked).toHaveLength(1);
    expect(dialog.asked[0]).toMatchObject({
      type: 'warning',
      buttons: ['Keep Deputy Desk open', 'Quit, keeping the changes in an emergency copy'],
      cancelId: 0,
    });
    expect(dialog.asked[0]!.detail).toContain('the data folder has disappeared');
    expect(quit).not.toHaveBeenCalled();
    expect(store.data.profile.name).toBe('张伟 typed while the disk was gone');
    expect(await readdir(fallback)).toEqual([]);
  });

  it('"quit anyway" writes the unsaved changes to an emergency copy (the fallback folder when the data folder is gone) that the next start offers', async () => {
    await loseTheDisk();
    const dialog = dialogPressing(1);
    const quit = vi.fn();
    const outcome = await quitSafely(request(dialog, quit, 'zh-CN'));
    expect(dialog.asked[0]!.buttons).toEqual(['保持打开', '退出，并将更改存入应急副本']);
    expect(quit).toHaveBeenCalledOnce();
    expect(outcome.quitting).toBe(true);
    expect(outcome.emergencyCopy).toMatch(new RegExp(`^${fallback}/deputy-desk\\.emergency-`));
    expect(JSON.parse(await readFile(outcome.emergencyCopy!, 'utf8')).profile.name).toBe('张伟 typed while the disk was gone');

    vi.useRealTimers();
    await mkdir(folder, { recursive: true }); // the drive is back
    store = await openStoreInFolder(folder, undefined, { fallbackFolder: fallback });
    expect(store.data.notices).toEqual([expect.objectContaining({ kind: 'emergency-copy', path: outcome.emergencyCopy })]);
  });
});
