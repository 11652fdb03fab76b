import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../shared/domain/limits';
import { openStoreInFolder } from '../storage/store';
import { startTempCore } from '../test-support/temp-core';
import type { StoredDocument } from '../storage/store-schema';

type TempCore = Awaited<ReturnType<typeof startTempCore>>;
const REPORT_ID = 'jiaxing-2024-work-report';
/** Files are read in a worker, which takes a second or more to start on a loaded machine. */
const WORKER_TEST_MS = 60_000;

describe('library', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });
  const edit = () => core.services.library;

  it(
    'previews an import without saving it, then adds it; the same report twice makes two entries',
    async () => {
      const preview = await edit().previewImport({
        fileName: 'plan.md',
        base64: Buffer.from('# Plan Report 2024\n\n## I. Review\n\nGrowth was 6%.\n').toString('base64'),
      });
      expect(preview).toMatchObject({ title: 'Plan Report 2024', format: 'md (utf-8)' });
      expect(core.services.library.list()).toHaveLength(1);

      const first = await edit().addDocument({ title: preview.title, kind: 'plan-report', text: preview.text });
      const second = await edit().addDocument({ title: preview.title, kind: 'plan-report', text: preview.text });
      expect(first.id).not.toBe(second.id);
      expect(core.services.library.list().map((d) => [d.title, d.kind, d.origin])).toEqual([
        ['Report on the Work of the Jiaxing Municipal Government (2024)', 'work-report', 'bundled'],
        ['Plan Report 2024', 'plan-report', 'imported'],
        ['Plan Report 2024', 'plan-report', 'imported'],
      ]);
      expect((await openStoreInFolder(core.dataFolder)).data.documents).toHaveLength(3);
    },
    WORKER_TEST_MS,
  );

  it('renames and removes a document with undo, keeping its annotations', async () => {
    const annotation = await core.services.annotation.create({
      documentId: REPORT_ID,
      start: 0,
      end: 20,
      kind: 'question',
      note: 'kept',
      tags: [],
    });
    expect(core.services.library.list()[0]?.annotationCount).toBe(1);
    await edit().rename({ documentId: REPORT_ID, title: 'Work report 2024' });
    await edit().remove({ documentId: REPORT_ID });
    expect(core.services.library.list()).toEqual([]);
    expect(() => core.services.annotation.list({ documentId: REPORT_ID })).toThrow(/no document/);
    expect(core.store.data.annotations.map((a) => a.id)).toEqual([annotation.id]);

    await core.services.bin.restore({ kind: 'document', id: REPORT_ID });
    expect(core.services.library.list()).toEqual([
      expect.objectContaining({ id: REPORT_ID, title: 'Work report 2024', annotationCount: 1 }),
    ]);
    expect(core.services.annotation.list({ documentId: REPORT_ID })[0]?.note).toBe('kept');
  });

  it(
    'imports a revised version from a file of any format',
    async () => {
      const text = currentText(core).replace('Fellow Deputies,', 'Fellow Deputies,\n\nAn inserted paragraph.');
      const result = await core.services.document.importRevisionFile({
        documentId: REPORT_ID,
        fileName: 'revised.txt',
        base64: Buffer.from(text).toString('base64'),
      });
      expect(result.version).toBe(2);
      expect(JSON.stringify(core.services.documents.get(REPORT_ID).outline)).toContain('An inserted paragraph.');
      await expect(
        core.services.document.importRevisionFile({
          documentId: REPORT_ID,
          fileName: 'revised.docx',
          base64: Buffer.from('nope').toString('base64'),
        }),
      ).rejects.toThrow(/damaged or not a Word/);
      expect(core.services.document.versions({ documentId: REPORT_ID })).toHaveLength(2);
    },
    WORKER_TEST_MS,
  );

  it('checks pasted text as it checks files: binary data and over-long text are refused, naming the limit', async () => {
    const binary = await core.dispatch('library.previewText', { text: 'PK\u0003\u0004\u0001\u0002\u0005\u0006 binary \u0007\u0008' });
    expect(binary).toMatchObject({ ok: false, error: { importRefusal: { code: 'binary' } } });
    const long = await core.dispatch('library.addDocument', { title: 'Long', kind: 'other', text: 'x'.repeat(MAX_TEXT_CHARS + 1) });
    expect(long).toMatchObject({ ok: false, error: { importRefusal: { code: 'textTooLong', limit: MAX_TEXT_CHARS } } });
    expect(!long.ok && long.error.message).toContain('longer than 10,000,000 characters');
    expect(core.services.library.list()).toHaveLength(1);
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
