import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreIn } from '../test-support/temp-core';
import { TEXTS_FOLDER_NAME, hashOfText } from './text-store';

const TEXT = [
  '关于城市更新的专项报告',
  '',
  '一、总体情况',
  '',
  '今年共改造老旧小区 42 个，惠及居民 1.2 万户。The renewal covered 42 estates.',
  '',
  '二、下一步工作',
  '',
  '继续推进加装电梯工作。',
].join('\n');

describe('a data folder deleted while the app runs', () => {
  let parent: string;
  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'deputy-desk-deleted-texts-'));
  });
  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('gets the imported texts back from memory with the next save: the document opens after a restart', async () => {
    const folder = join(parent, 'data');
    const core = await startCoreIn(folder);
    const added = await core.dispatch('library.addDocument', { title: '城市更新专项报告', kind: 'other', text: TEXT });
    expect(added).toMatchObject({ ok: true });
    const documentId = (added as { data: { id: string } }).data.id;
    const textFile = join(folder, TEXTS_FOLDER_NAME, `${hashOfText(TEXT)}.txt`);
    expect((await stat(textFile)).isFile()).toBe(true);

    await rm(folder, { recursive: true, force: true }); // the whole folder, texts included
    expect(await core.dispatch('settings.update', { textSize: 20 })).toMatchObject({ ok: true });
    expect(core.store.health().ok).toBe(true);
    expect((await stat(textFile)).isFile()).toBe(true);
    await core.store.close();

    const again = await startCoreIn(folder);
    const doc = await again.dispatch('document.get', { documentId });
    expect(doc).toMatchObject({ ok: true, data: { title: '城市更新专项报告' } });
    expect(JSON.stringify(doc)).toContain('惠及居民 1.2 万户');
    await again.store.close();
  });

  it('tells the deputy which versions could not be written again (their text was no longer in memory), once', async () => {
    const folder = join(parent, 'data');
    const first = await startCoreIn(folder);
    const added = await first.dispatch('library.addDocument', { title: '城市更新专项报告', kind: 'other', text: TEXT });
    const documentId = (added as { data: { id: string } }).data.id;
    const revised = TEXT.replace('42 个', '45 个');
    expect(await first.dispatch('document.importRevision', { documentId, text: revised })).toMatchObject({ ok: true });
    await first.store.close();

    // Started again: the current texts are read into memory; the earlier version's only when it is asked for.
    const core = await startCoreIn(folder);
    await core.textsWarmed;
    await rm(folder, { recursive: true, force: true });
    expect(await core.dispatch('settings.update', { textSize: 20 })).toMatchObject({ ok: true });
    expect(await core.dispatch('settings.update', { textSize: 21 })).toMatchObject({ ok: true });
    await core.store.flush();
    const lost = core.store.data.notices.filter((n) => n.kind === 'texts-lost');
    expect(lost).toHaveLength(1);
    expect(lost[0]!.lostTexts).toEqual([{ title: '城市更新专项报告', version: 1, current: false }]);
    expect((await stat(join(folder, TEXTS_FOLDER_NAME, `${hashOfText(revised)}.txt`))).isFile()).toBe(true);
    await core.store.close();

    const again = await startCoreIn(folder);
    expect(JSON.stringify(await again.dispatch('document.get', { documentId }))).toContain('45 个');
    expect(again.store.data.notices.filter((n) => n.kind === 'texts-lost')).toHaveLength(1);
    await again.store.close();
  });
});
