import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EN_V1, EN_V2 } from '../../shared/compare/compare-fixtures-test-support';
import { openStoreInFolder } from '../storage/store';
import { startTempCore } from '../test-support/temp-core';

type TempCore = Awaited<ReturnType<typeof startTempCore>>;

describe('compare service', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });

  async function revisedWithAnnotations() {
    const doc = await core.services.library.addDocument({ title: 'Work report', kind: 'work-report', text: EN_V1 });
    const annotate = (words: string) => {
      const start = core.services.documents.documentText(doc.id).text.indexOf(words);
      return core.services.annotation.create({ documentId: doc.id, start, end: start + words.length, kind: 'verify', note: '', tags: [] });
    };
    const fuzzy = await annotate('reached 95% of the provincial target');
    const orphan = await annotate('The old bus depot on East Road was closed');
    await core.services.document.importRevision({ documentId: doc.id, text: EN_V2 });
    return { documentId: doc.id, fuzzy, orphan };
  }

  it('compares the previous version with the current one by default, and says what became of each annotation', async () => {
    const { documentId, fuzzy, orphan } = await revisedWithAnnotations();
    const comparison = await core.services.compare.versions({ documentId });
    expect([comparison.from.version, comparison.to.version, comparison.to.current]).toEqual([1, 2, true]);
    expect(comparison.sections.flatMap((s) => s.changes.map((c) => `${c.citation} ${c.kind}`))).toEqual([
      'I.1 ¶2 changed',
      'I.2 ¶2 removed',
      'II.1 ¶2 added',
      'II.2 ¶2 moved',
    ]);
    const fates = new Map(comparison.annotations.map((a) => [a.annotationId, a]));
    expect(fates.get(fuzzy.id)).toMatchObject({ fate: 'changed', now: { text: 'reached 96% of the provincial target' } });
    expect(fates.get(orphan.id)).toMatchObject({ fate: 'orphaned', was: { citation: 'I.2 ¶2' }, now: null });
  });

  it('compares either version with the other', async () => {
    const { documentId } = await revisedWithAnnotations();
    const reversed = await core.services.compare.versions({ documentId, from: 2, to: 1 });
    expect(reversed.sections.flatMap((s) => s.changes.map((c) => c.kind))).toEqual(['changed', 'added', 'moved', 'removed']);
  });

  it('compares two documents of the library section by section', async () => {
    const last = await core.services.library.addDocument({ title: 'Last year', kind: 'work-report', text: EN_V1 });
    const revised = EN_V2.replace('2. Villages.', '2. Rural revitalisation.');
    const next = await core.services.library.addDocument({ title: 'This year', kind: 'work-report', text: revised });
    const { sections } = core.services.compare.documents({ fromId: last.id, toId: next.id });
    const villages = sections.find((s) => s.new?.heading === 'Rural revitalisation.');
    // Renamed, but its text is mostly the same: paired by its text.
    expect(villages).toMatchObject({ kind: 'paired', old: { heading: 'Villages.' } });
    expect(sections.filter((s) => s.kind === 'paired').every((s) => s.similarity > 0.4)).toBe(true);
    expect(() => core.services.compare.documents({ fromId: last.id, toId: 'no-such-report' })).toThrow(/no document "no-such-report"/);
    expect(() => core.services.compare.documents({ fromId: last.id, toId: last.id })).toThrow(/two different documents/);
  });

  it('keeps an orphan as it is: the comparison of the current version says so, and the store file keeps it across a restart', async () => {
    const { documentId, orphan } = await revisedWithAnnotations();
    const kept = await core.services.compare.keepOrphan({ annotationId: orphan.id, keep: true });
    expect(kept).toMatchObject({ status: 'orphaned', orphanKept: { version: 2 }, target: orphan.target });
    const fate = (await core.services.compare.versions({ documentId })).annotations.find((a) => a.annotationId === orphan.id);
    expect(fate).toMatchObject({ fate: 'orphaned', kept: true });
    // Version 2 against version 1 is not a review of the current text: nothing is "kept" there.
    const reversed = (await core.services.compare.versions({ documentId, from: 2, to: 1 })).annotations;
    expect(reversed.find((a) => a.annotationId === orphan.id)?.kept).toBe(false);
    const reopened = await openStoreInFolder(core.dataFolder);
    expect(reopened.data.annotations.find((a) => a.id === orphan.id)?.orphanKept).toEqual(kept.orphanKept);
  });

  it('a kept orphan can be asked about again; only an orphan can be kept as one', async () => {
    const { documentId, fuzzy, orphan } = await revisedWithAnnotations();
    await core.services.compare.keepOrphan({ annotationId: orphan.id, keep: true });
    expect(await core.services.compare.keepOrphan({ annotationId: orphan.id, keep: false })).toMatchObject({ orphanKept: null });
    const fate = (await core.services.compare.versions({ documentId })).annotations.find((a) => a.annotationId === orphan.id);
    expect(fate).toMatchObject({ fate: 'orphaned', kept: false });
    await expect(core.services.compare.keepOrphan({ annotationId: fuzzy.id, keep: true })).rejects.toThrow(/only an orphaned one/);
  });

  it('a later version that orphans a kept annotation again asks about it again', async () => {
    const { documentId, orphan } = await revisedWithAnnotations();
    await core.services.compare.keepOrphan({ annotationId: orphan.id, keep: true });
    await core.services.document.importRevision({ documentId, text: `${EN_V2}\nA closing word on the budget.\n` });
    const fate = (await core.services.compare.versions({ documentId })).annotations.find((a) => a.annotationId === orphan.id);
    expect(fate).toMatchObject({ fate: 'orphaned', kept: false });
  });

  it('refuses a version the document does not have, naming how many it has', async () => {
    const { documentId } = await revisedWithAnnotations();
    await expect(core.services.compare.versions({ documentId, from: 1, to: 3 })).rejects.toThrow(/no version 3: it has 2/);
  });

  it('accepting a placement makes the new words the quote; the comparison then shows the annotation exact, also after a restart', async () => {
    const { documentId, fuzzy, orphan } = await revisedWithAnnotations();
    const accepted = await core.services.annotation.acceptPlacement({ annotationId: fuzzy.id });
    expect(accepted).toMatchObject({ status: 'exact', target: { quote: { exact: 'reached 96% of the provincial target' } } });
    // Still changed between the versions (95% → 96%), but no longer waiting for review.
    const fate = (await core.services.compare.versions({ documentId })).annotations.find((a) => a.annotationId === fuzzy.id);
    expect(fate).toMatchObject({ fate: 'changed', status: 'exact', was: { text: 'reached 95% of the provincial target' } });
    await expect(core.services.annotation.acceptPlacement({ annotationId: orphan.id })).rejects.toThrow(/orphaned.*Re-attach/);
    const reopened = await openStoreInFolder(core.dataFolder);
    expect(reopened.data.annotations.find((a) => a.id === fuzzy.id)).toMatchObject({ status: 'exact', target: accepted.target });
  });
});
