import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTempCore } from '../test-support/temp-core';

type TempCore = Awaited<ReturnType<typeof startTempCore>>;
const textFiles = async (core: TempCore) => (await readdir(join(core.dataFolder, 'texts'))).filter((n) => n.endsWith('.txt')).sort();

describe('emptying the removed items', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });

  it('frees the files of a removed document and its versions, with its annotations', async () => {
    await rm(join(core.dataFolder, 'backups'), { recursive: true, force: true });
    const kept = await textFiles(core);
    const doc = await core.services.library.addDocument({ title: '预算报告', kind: 'budget-report', text: '预算报告\n\n一、收入\n\n收入增长5%。\n' });
    await core.services.document.importRevision({ documentId: doc.id, text: '预算报告\n\n一、收入\n\n收入增长6%。\n' });
    await core.services.annotation.create({ documentId: doc.id, start: 0, end: 4, kind: 'question', note: '去向', tags: [] });
    expect((await textFiles(core)).length).toBe(kept.length + 2);
    await core.services.library.remove({ documentId: doc.id });

    const emptied = await core.services.bin.emptyRemoved();
    expect(emptied).toEqual({ documents: 1, freedTexts: 2 });
    expect(await textFiles(core)).toEqual(kept);
    expect(core.store.data.documents.map((d) => d.id)).not.toContain(doc.id);
    expect(core.store.data.annotations.filter((a) => a.documentId === doc.id)).toEqual([]);
  });

  it('keeps the texts a rolling backup names, so that backup can still be restored whole', async () => {
    const doc = await core.services.library.addDocument({ title: 'Plan', kind: 'plan-report', text: 'Plan\n\nI. Review\n\nGDP grew.\n' });
    await core.store.flush();
    await core.services.library.remove({ documentId: doc.id });
    const before = await textFiles(core);
    // Restoring takes a copy of the current data (naming the removed document) into backups/.
    const { kind } = await core.services.data.exportBackup();
    expect(kind).toBe('download');
    await core.services.data.restoreBackup({ fileId: core.services.incoming.stage('backup', Buffer.from(JSON.stringify(core.store.data))).fileId });
    expect(await core.services.bin.emptyRemoved()).toEqual({ documents: 1, freedTexts: 0 });
    expect(await textFiles(core)).toEqual(before);
  });

  it('purges by itself only what was removed more than 30 days ago', async () => {
    const old = await core.services.library.addDocument({ title: 'Old', kind: 'other', text: 'Old\n\nI. A\n\nText one.\n' });
    const recent = await core.services.library.addDocument({ title: 'Recent', kind: 'other', text: 'Recent\n\nI. A\n\nText two.\n' });
    await core.services.library.remove({ documentId: old.id });
    await core.services.library.remove({ documentId: recent.id });
    await core.store.update((data) => {
      data.documents.find((d) => d.id === old.id)!.removedAt = new Date(Date.now() - 31 * 24 * 3600 * 1000).toISOString();
    });
    expect((await core.services.bin.purgeExpired()).documents).toBe(1);
    expect(core.store.data.documents.map((d) => d.id)).toEqual(expect.arrayContaining([recent.id]));
    expect(core.store.data.documents.map((d) => d.id)).not.toContain(old.id);
  });
});
