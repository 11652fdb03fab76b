import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../api/start-core';
import { RESOURCES_DIR, startTempCore } from '../test-support/temp-core';

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
    const doc = await core.services.library.addDocument({
      title: '预算报告',
      kind: 'budget-report',
      text: '预算报告\n\n一、收入\n\n收入增长5%。\n',
    });
    await core.services.document.importRevision({ documentId: doc.id, text: '预算报告\n\n一、收入\n\n收入增长6%。\n' });
    await core.services.annotation.create({ documentId: doc.id, start: 0, end: 4, kind: 'question', note: '去向', tags: [] });
    expect((await textFiles(core)).length).toBe(kept.length + 2);
    await core.services.library.remove({ documentId: doc.id });

    const emptied = await core.services.bin.empty();
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
    await core.services.data.restoreBackup({
      fileId: core.services.incoming.stage('backup', Buffer.from(JSON.stringify(core.store.data))).fileId,
    });
    expect(await core.services.bin.empty()).toEqual({ documents: 1, freedTexts: 0 });
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

const REPORT_ID = 'jiaxing-2024-work-report';
const BUDGET = 'v-default-budget-report';
const BALLOT = 'v-default-livelihood-ballot';

describe('the removed items: listed, restored by id, also after a reload or a restart', () => {
  let folder: string;
  let now = Date.parse('2026-03-05T09:00:00.000Z');
  /** The app's clock: each step of a test happens a second after the one before. */
  const clock = () => new Date((now += 1000));
  const open = (): Promise<Core> => startCore({ dataFolder: folder, resourcesDir: RESOURCES_DIR, version: '0.0.0-test', clock });
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'deputy-desk-bin-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  /** One removal of each kind, oldest first: an annotation, a draft, a document, an agenda item, a candidate. */
  async function removeOneOfEach(core: Core) {
    const { annotation: annotations, draft: drafts, library, vote: votes } = core.services;
    const annotation = await annotations.create({ documentId: REPORT_ID, start: 0, end: 30, kind: 'question', note: '为什么？', tags: [] });
    await annotations.delete({ annotationId: annotation.id });
    const draft = await drafts.create({ kind: 'suggestion', language: 'zh-CN' });
    await drafts.update({ draftId: draft.id, change: { title: '关于城乡公交一体化的建议' } });
    await drafts.delete({ draftId: draft.id });
    const doc = await library.addDocument({ title: '预算报告', kind: 'budget-report', text: '预算报告\n\n一、收入\n\n收入增长5%。\n' });
    await library.remove({ documentId: doc.id });
    await votes.removeItem({ itemId: BUDGET });
    const ballot = await votes.addCandidates({
      itemId: BALLOT,
      candidates: [{ name: '老旧小区改造', description: '', investment: 1200, completion: '2024-12' }],
    });
    const candidate = ballot.ballot!.candidates[0]!;
    await votes.removeCandidate({ itemId: BALLOT, candidateId: candidate.id });
    return { annotation, draft, doc, candidate };
  }

  it('lists every kind of removed record, newest first, with what the deputy knows it by', async () => {
    const core = await open();
    const { annotation, draft, doc, candidate } = await removeOneOfEach(core);
    const entries = core.services.bin.list();
    expect(entries.map((e) => [e.kind, e.id, e.label, e.defaultKey, e.parentId])).toEqual([
      ['candidate', candidate.id, '老旧小区改造', null, BALLOT],
      ['voteItem', BUDGET, expect.any(String), 'budgetReport', null],
      ['document', doc.id, '预算报告', null, null],
      ['draft', draft.id, '关于城乡公交一体化的建议', null, null],
      ['annotation', annotation.id, annotation.target.quote.exact, null, REPORT_ID],
    ]);
    expect(core.services.bin.list({ kinds: ['draft', 'voteItem'] }).map((e) => e.kind)).toEqual(['voteItem', 'draft']);
    expect(core.services.bin.list({ limit: 2 }).map((e) => e.kind)).toEqual(['candidate', 'voteItem']);
    await core.store.close();
  });

  it('restores each record by kind and id: it is back where it was and no longer in the bin', async () => {
    const core = await open();
    const { annotation, draft, doc, candidate } = await removeOneOfEach(core);
    const { bin, annotation: annotations, draft: drafts, library, vote: votes } = core.services;
    const restoredCandidate = await bin.restore({ kind: 'candidate', id: candidate.id });
    expect(restoredCandidate).toMatchObject({ kind: 'candidate', label: '老旧小区改造', parentId: BALLOT });
    await bin.restore({ kind: 'voteItem', id: BUDGET });
    await bin.restore({ kind: 'document', id: doc.id });
    await bin.restore({ kind: 'draft', id: draft.id });
    await bin.restore({ kind: 'annotation', id: annotation.id });

    expect(
      votes
        .agenda()
        .find((i) => i.id === BALLOT)!
        .ballot!.candidates.filter((c) => c.deletedAt === null)
        .map((c) => c.name),
    ).toEqual(['老旧小区改造']);
    expect(votes.agenda().map((i) => i.id)).toContain(BUDGET);
    expect(library.list().map((d) => d.id)).toContain(doc.id);
    expect(drafts.list().map((d) => d.title)).toEqual(['关于城乡公交一体化的建议']);
    expect(annotations.list({ documentId: REPORT_ID }).map((a) => a.note)).toEqual(['为什么？']);
    expect(bin.list()).toEqual([]);
    await expect(bin.restore({ kind: 'draft', id: draft.id })).rejects.toThrow('There is no removed draft to restore with this id.');
    await core.store.close();
  });

  it("after a restart the records can still be restored, but this run's undo history starts empty", async () => {
    const first = await open();
    const { annotation, draft } = await removeOneOfEach(first);
    // A page reload keeps the app running: its undo history is all of this run's removals.
    expect(first.services.bin.list({ sinceAppStart: true }).map((e) => e.kind)).toEqual([
      'candidate',
      'voteItem',
      'document',
      'draft',
      'annotation',
    ]);
    await first.store.close();

    const again = await open();
    expect(again.services.bin.list({ sinceAppStart: true })).toEqual([]);
    expect(again.services.bin.list()).toHaveLength(5);
    await again.services.draft.delete({ draftId: (await again.services.draft.create({ kind: 'proposal', language: 'en' })).id });
    expect(again.services.bin.list({ kinds: ['draft'], sinceAppStart: true }).map((e) => e.id)).not.toContain(draft.id);
    await again.services.bin.restore({ kind: 'draft', id: draft.id });
    await again.services.bin.restore({ kind: 'annotation', id: annotation.id });
    expect(again.services.draft.list().map((d) => d.id)).toContain(draft.id);
    expect(again.services.annotation.list({ documentId: REPORT_ID }).map((a) => a.id)).toEqual([annotation.id]);
    await again.store.close();
  });

  it('lists neither the annotations of a removed document nor the candidates of a removed item: they come back with it', async () => {
    const core = await open();
    const { annotation: annotations, bin, library, vote: votes } = core.services;
    const doc = await library.addDocument({ title: 'Plan', kind: 'plan-report', text: 'Plan\n\nI. Review\n\nGDP grew by 6%.\n' });
    const note = await annotations.create({ documentId: doc.id, start: 0, end: 4, kind: 'concern', note: '', tags: [] });
    await annotations.delete({ annotationId: note.id });
    await library.remove({ documentId: doc.id });
    const ballot = await votes.addCandidates({
      itemId: BALLOT,
      candidates: [{ name: 'Night school', description: '', investment: null, completion: '' }],
    });
    await votes.removeCandidate({ itemId: BALLOT, candidateId: ballot.ballot!.candidates[0]!.id });
    await votes.removeItem({ itemId: BALLOT });
    expect(bin.list().map((e) => e.kind)).toEqual(['voteItem', 'document']);
    await bin.restore({ kind: 'document', id: doc.id });
    expect(bin.list().map((e) => [e.kind, e.id])).toEqual([
      ['voteItem', BALLOT],
      ['annotation', note.id],
    ]);
    await core.store.close();
  });

  it("refuses, and keeps in the bin, a candidate whose name is taken again (the ballot's own rule)", async () => {
    const core = await open();
    const { bin, vote: votes } = core.services;
    const ballot = await votes.addCandidates({
      itemId: BALLOT,
      candidates: [{ name: '养老服务中心', description: '', investment: 800, completion: '2024' }],
    });
    await votes.removeCandidate({ itemId: BALLOT, candidateId: ballot.ballot!.candidates[0]!.id });
    await votes.addCandidates({
      itemId: BALLOT,
      candidates: [{ name: '养老服务中心', description: '新建5家', investment: 900, completion: '2024' }],
    });
    await expect(bin.restore({ kind: 'candidate', id: ballot.ballot!.candidates[0]!.id })).rejects.toThrow(
      'A candidate named "养老服务中心" is already on this ballot',
    );
    expect(bin.list().map((e) => e.label)).toEqual(['养老服务中心']);
    await core.store.close();
  });
});
