import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStoreInFolder } from '../storage/store';
import { startTempCore } from '../test-support/temp-core';
import type { StoredDocument } from '../storage/store-schema';
import type { AnnotationKind } from '../../shared/domain/annotation';

const REPORT_ID = 'jiaxing-2024-work-report';
type TempCore = Awaited<ReturnType<typeof startTempCore>>;

/** Offsets of `quote` in the report's document text. */
function locate(core: TempCore, quote: string): { start: number; end: number } {
  const start = core.services.documents.documentText(REPORT_ID).text.indexOf(quote);
  if (start < 0) throw new Error(`not in the report: ${quote}`);
  return { start, end: start + quote.length };
}

/** An annotation of the report on `quote`. */
function annotateReport(core: TempCore, quote: string, kind: AnnotationKind, note = '', tags: string[] = []) {
  return core.services.annotation.create({ documentId: REPORT_ID, ...locate(core, quote), kind, note, tags });
}

describe('annotation service', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });
  const annotations = () => core.services.annotation;

  it('creates an annotation whose quote, context and citation come from the report, and keeps it after a restart', async () => {
    const created = await annotateReport(core, '706.25 billion yuan', 'verify', 'Check against the statistics bureau', [
      '  GDP ',
      'gdp',
      'economy',
    ]);
    expect(created.target.quote.exact).toBe('706.25 billion yuan');
    expect(created.target.quote.prefix).toHaveLength(32);
    expect(created.target.quote.suffix).toHaveLength(32);
    expect(created.status).toBe('exact');

    const reopened = await openStoreInFolder(core.dataFolder);
    expect(reopened.data.annotations).toEqual([created]);
  });

  it('updates kind, note and tags, and leaves the target alone', async () => {
    const created = await annotateReport(core, 'Fellow Deputies,', 'question');
    const updated = await annotations().update({ annotationId: created.id, kind: 'support', note: 'Agreed', tags: ['opening'] });
    expect(updated).toMatchObject({ kind: 'support', note: 'Agreed', tags: ['opening'], target: created.target });
    expect(annotations().list({ documentId: REPORT_ID })).toEqual([updated]);
  });

  it('deletes with undo: a deleted annotation leaves the list and comes back through bin.restore', async () => {
    const created = await annotateReport(core, 'Mayor', 'concern', 'n');
    await annotations().delete({ annotationId: created.id });
    expect(annotations().list({ documentId: REPORT_ID })).toEqual([]);
    await expect(annotations().update({ annotationId: created.id, note: 'x' })).rejects.toThrow(/no annotation/);
    const restored = await core.services.bin.restore({ kind: 'annotation', id: created.id });
    expect(restored).toMatchObject({ kind: 'annotation', id: created.id });
    expect(annotations().list({ documentId: REPORT_ID })).toEqual([{ ...created, deletedAt: null, updatedAt: expect.any(String) }]);
    await expect(core.services.bin.restore({ kind: 'annotation', id: created.id })).rejects.toThrow(/no removed annotation/);
  });

  it('lists annotations in reading order', async () => {
    const late = await annotateReport(core, 'Fellow deputies, based a new starting point', 'support');
    const early = await annotateReport(core, 'Delivered at the Fourth Session', 'support');
    expect(
      annotations()
        .list({ documentId: REPORT_ID })
        .map((a) => a.id),
    ).toEqual([early.id, late.id]);
  });

  it('lists every document’s annotations grouped by document, each with its citation in that document', async () => {
    const other = await core.services.library.addDocument({
      title: '2024年计划报告',
      kind: 'plan-report',
      text: '2024年计划报告\n\n一、总体情况\n\n全市粮食产量稳定增长。\n\n二、主要任务\n\n推进城乡融合发展。',
    });
    const text = core.services.documents.documentText(other.id).text;
    const start = text.indexOf('城乡融合');
    const there = await annotations().create({ documentId: other.id, start, end: start + 4, kind: 'question', note: '', tags: [] });
    const here = await annotateReport(core, 'Mayor', 'support');
    const gone = await annotations().create({ documentId: other.id, start: 0, end: 2, kind: 'concern', note: '', tags: [] });
    await annotations().delete({ annotationId: gone.id });

    const groups = annotations().listAll();
    expect(groups.map((g) => [g.documentId, g.title, g.annotations.map((a) => a.annotation.id)])).toEqual([
      [REPORT_ID, 'Report on the Work of the Jiaxing Municipal Government (2024)', [here.id]],
      [other.id, '2024年计划报告', [there.id]],
    ]);
    const citation = core.services.documents.documentText(other.id).paragraphs.find((p) => p.id === there.target.paragraphId)?.citation;
    expect(citation).toMatch(/^二 ¶1/);
    expect(groups[1]?.annotations[0]?.citation).toBe(citation);
  });
});

describe('revised versions', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });

  it('re-anchors annotations, orphans the one whose passage is gone, and keeps the old version read-only', async () => {
    const original = currentText(core);
    const moved = await annotateReport(core, 'The gross domestic product reached 706.25 billion yuan', 'question');
    const goneSentence = 'We will hard work, adhere to clear and honest government administration';
    const gone = await annotateReport(core, goneSentence, 'concern', 'keep me');

    const revised = original
      .replace('Fellow Deputies,', 'Fellow Deputies,\n\nA new paragraph inserted near the start of the report.')
      .replace(/^We will hard work, adhere to clear and honest government administration.*$/m, '');
    const result = await core.services.document.importRevision({ documentId: REPORT_ID, text: revised });

    expect(result).toEqual({ exact: 1, fuzzy: 0, orphaned: 1, version: 2 });
    const [placed, orphan] = [moved.id, gone.id].map((id) => core.store.data.annotations.find((a) => a.id === id)!);
    const text = core.services.documents.documentText(REPORT_ID).text;
    expect(text.slice(placed!.target.position.start, placed!.target.position.end)).toBe(
      'The gross domestic product reached 706.25 billion yuan',
    );
    expect(orphan).toMatchObject({ status: 'orphaned', note: 'keep me', deletedAt: null });
    expect(orphan!.target.quote.exact).toBe(goneSentence);

    expect(core.services.document.versions({ documentId: REPORT_ID })).toEqual([
      expect.objectContaining({ version: 1, current: false }),
      expect.objectContaining({ version: 2, current: true }),
    ]);
    const old = core.services.document.getVersion({ documentId: REPORT_ID, version: 1 });
    expect(JSON.stringify(old.outline)).toContain(goneSentence);
  });

  it('undoes a re-attach: the orphan is back with its quote, once, and not after another revision', async () => {
    const original = currentText(core);
    const goneSentence = 'We will hard work, adhere to clear and honest government administration';
    const gone = await annotateReport(core, goneSentence, 'concern', 'keep me');
    await core.services.document.importRevision({
      documentId: REPORT_ID,
      text: original.replace(/^We will hard work, adhere to clear and honest government administration.*$/m, ''),
    });
    const orphan = core.store.data.annotations.find((a) => a.id === gone.id)!;
    expect(orphan.status).toBe('orphaned');

    const moved = await core.services.annotation.reattach({ annotationId: gone.id, ...locate(core, 'Fellow Deputies,') });
    expect(moved).toMatchObject({ status: 'exact', target: { quote: { exact: 'Fellow Deputies,' } } });
    const back = await core.services.annotation.undoReattach({ annotationId: gone.id });
    expect(back).toMatchObject({ status: 'orphaned', note: 'keep me', target: orphan.target });
    await expect(core.services.annotation.undoReattach({ annotationId: gone.id })).rejects.toThrow(/can no longer be undone/);

    // A re-attach made on one text cannot be undone onto another one.
    await core.services.annotation.reattach({ annotationId: gone.id, ...locate(core, 'Fellow Deputies,') });
    await core.services.document.importRevision({ documentId: REPORT_ID, text: original });
    await expect(core.services.annotation.undoReattach({ annotationId: gone.id })).rejects.toThrow(/can no longer be undone/);
  });

  it('refuses an empty or binary revision and changes nothing', async () => {
    const before = structuredClone(core.store.data);
    await expect(core.services.document.importRevision({ documentId: REPORT_ID, text: '\n \n' })).rejects.toThrow(/holds no text/);
    await expect(core.services.document.importRevision({ documentId: REPORT_ID, text: 'PK\u0003\u0004\u0000' })).rejects.toThrow(
      /not a text file/,
    );
    expect(core.store.data).toEqual(before);
  });
});

/** The current version's source text of the first document, read from its text file. */
function currentText(core: {
  store: { data: { documents: readonly StoredDocument[] } };
  services: { documents: { readText(doc: StoredDocument, hash: string): string } };
}): string {
  const doc = core.store.data.documents[0]!;
  return core.services.documents.readText(doc, doc.textHash);
}
