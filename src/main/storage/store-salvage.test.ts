import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotateInBulk } from '../test-support/bulk-annotations';
import { startCoreIn as start } from '../test-support/temp-core';
import { STORE_FILE_NAME } from './store';
import { parseStoreText } from './validated-json-file';

describe('a partly invalid store file', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'deputy-desk-salvage-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('loads every record that validates, sets the bad one aside in a file, keeps the original and says so', async () => {
    const first = await start(folder);
    const documentId = first.services.library.list()[0]!.id;
    await annotateInBulk(first, documentId, 5);
    await first.store.update((data) => {
      data.profile.name = '王小明'; // the session's latest change: it must survive
    });
    await first.store.close();

    // One 41-character tag (one over the limit) in one annotation, as a hand edit or an old bug would leave it.
    const file = join(folder, STORE_FILE_NAME);
    const damaged = JSON.parse(await readFile(file, 'utf8'));
    const bad = damaged.annotations[2];
    bad.tags = ['议'.repeat(41)];
    const damagedText = JSON.stringify(damaged);
    await writeFile(file, damagedText);

    const second = await start(folder);
    const kept = await second.dispatch('annotation.list', { documentId });
    expect(kept).toMatchObject({ ok: true });
    const ids = (kept as { data: { id: string }[] }).data.map((a) => a.id);
    expect(ids).toHaveLength(4);
    expect(ids).not.toContain(bad.id);
    expect(second.store.data.profile.name).toBe('王小明'); // not an older backup: nothing of the session lost

    const info = (await second.dispatch('app.info', {})) as { ok: true; data: { notices: Record<string, unknown>[] } };
    const notice = info.data.notices.find((n) => n.kind === 'store-salvaged');
    expect(notice).toMatchObject({
      setAsideCount: 1,
      setAside: [{ collection: 'annotations', id: bad.id, problem: expect.stringMatching(/tags\.0/) }],
    });

    // The record set aside is in a file in the data folder, whole; the original file is kept byte for byte.
    const setAside = JSON.parse(await readFile(notice!.path as string, 'utf8'));
    expect(notice!.path).toContain(folder);
    expect(setAside.records).toEqual([expect.objectContaining({ collection: 'annotations', id: bad.id, record: bad })]);
    expect(await readFile(notice!.original as string, 'utf8')).toBe(damagedText);
    // The store file written in its place is whole again.
    expect(parseStoreText(await readFile(file, 'utf8'))).toHaveProperty('data');
    await second.store.close();

    // The next start is an ordinary one: no second notice, nothing more set aside.
    const third = await start(folder);
    expect(third.store.data.notices.filter((n) => n.kind === 'store-salvaged')).toHaveLength(1);
    expect((await readdir(folder)).filter((n) => n.includes('set-aside'))).toHaveLength(1);
    await third.store.close();
  });

  it('keeps the speech cards, submissions, co-signing records and target corrections, and sets aside a bad one alone', async () => {
    const first = await start(folder);
    const documentId = first.services.library.list()[0]!.id;
    await annotateInBulk(first, documentId, 2);
    for (const title of ['第一次审议发言', '第二次审议发言']) {
      expect(await first.dispatch('speech.create', { title, language: 'zh-CN' })).toMatchObject({ ok: true });
    }
    await first.store.close();

    const file = join(folder, STORE_FILE_NAME);
    const damaged = JSON.parse(await readFile(file, 'utf8'));
    damaged.annotations[0].tags = ['议'.repeat(41)];
    const badCard = damaged.speechCards[1];
    badCard.minutes = 'three';
    await writeFile(file, JSON.stringify(damaged));

    const second = await start(folder);
    expect(second.store.data.speechCards.map((c) => c.title)).toEqual(['第一次审议发言']);
    for (const key of ['submissions', 'coSignPackets', 'coSignConfirmations', 'coSignRequests', 'targetCorrections'] as const) {
      expect(second.store.data[key]).toEqual(damaged[key]);
    }
    const notice = second.store.data.notices.find((n) => n.kind === 'store-salvaged');
    expect(notice?.setAside.map((item) => item.collection).sort()).toEqual(['annotations', 'speechCards']);
    expect(notice?.setAside.find((item) => item.collection === 'speechCards')?.id).toBe(badCard.id);
    await second.store.close();
  });

  it('sets aside the annotations of a document that had to be set aside', async () => {
    const first = await start(folder);
    const documentId = first.services.library.list()[0]!.id;
    await annotateInBulk(first, documentId, 3);
    await first.store.close();
    const file = join(folder, STORE_FILE_NAME);
    const damaged = JSON.parse(await readFile(file, 'utf8'));
    damaged.documents.find((d: { id: string }) => d.id === documentId).kind = 'no-such-kind';
    await writeFile(file, JSON.stringify(damaged));

    const second = await start(folder);
    expect(second.store.data.documents.map((d) => d.id)).not.toContain(documentId);
    expect(second.store.data.annotations).toHaveLength(0);
    const notice = second.store.data.notices.find((n) => n.kind === 'store-salvaged');
    expect(notice?.setAsideCount).toBe(4);
    expect(notice?.setAside.filter((item) => item.collection === 'annotations')).toHaveLength(3);
    await second.store.close();
  });
});
