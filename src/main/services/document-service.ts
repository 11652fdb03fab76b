import { buildDocumentText } from '../../shared/anchoring/document-text';
import type { ApiOutput, ApiService } from '../../shared/contract/api-contract';
import type { LibraryTexts } from '../storage/library-texts';
import type { Store } from '../storage/store';
import { DomainError } from './domain-error';
import { checkReportText } from './import/check-report-text';
import { importRefusedError, REVISED_VERSION } from './import/import-error';
import type { ImportActivity, ImportFiles } from './import/import-files';
import type { Documents } from './documents';
import { reanchorDocumentAnnotations, type Reanchorer } from './revision-reanchoring';
import { PARSER_REVISION } from '../../shared/report/parser-revision';

/** The `document.*` methods: a document, its revised versions (annotations re-anchored) and earlier versions. */
export function createDocumentService(deps: {
  store: Store;
  documents: Documents;
  texts: LibraryTexts;
  clock: () => Date;
  importFiles: ImportFiles;
  reanchor: Reanchorer;
}) {
  const { store, documents, texts, clock, reanchor } = deps;
  /** Documents whose revision is being re-anchored: a second revision of the same one waits its turn by being refused. */
  const importing = new Set<string>();

  /** A revised text in place of the current one, the document's annotations re-anchored onto it. */
  async function revise(
    { documentId, text: rawText }: { documentId: string; text: string },
    activity?: ImportActivity,
  ): Promise<ApiOutput<'document.importRevision'>> {
    documents.require(documentId);
    const text = rawText.replace(/^\uFEFF/, '');
    const problem = checkReportText(text);
    if (problem) throw importRefusedError(REVISED_VERSION, problem);
    const outline = documents.outlineOfText(text);
    const documentText = buildDocumentText(outline);
    if (documentText.text.trim() === '') throw new DomainError('INVALID_INPUT', 'document.revisionEmpty');
    if (importing.has(documentId)) {
      throw new DomainError('CONFLICT', 'document.revisionImporting', { title: documents.require(documentId).title });
    }
    importing.add(documentId);
    try {
      const previous = documents.documentText(documentId);
      const reanchored = await reanchorDocumentAnnotations({
        store,
        reanchor,
        documentId,
        previous,
        next: documentText,
        signal: activity?.signal,
        onProgress: ({ done, total }) => activity?.report({ stage: 'reanchoring', done, total }),
      });
      // The new version's text is on disk before the store refers to it.
      const textHash = await texts.put(text);
      // Read after the wait: the document may have been renamed (or removed) meanwhile.
      const current = documents.require(documentId);
      const replaced = { textHash: current.textHash, addedAt: versionAddedAt(current), replacedAt: clock().toISOString() };
      const version = current.previousVersions.length + 2;
      await store.update((data) => {
        const doc = data.documents.find((d) => d.id === documentId)!;
        doc.previousVersions.push(replaced);
        doc.textHash = textHash;
        // The annotations were just placed on today's reading of the new text.
        doc.parserRevision = PARSER_REVISION;
        data.annotations = data.annotations.map(reanchored);
      });
      const live = store.data.annotations.filter((a) => a.documentId === documentId && a.deletedAt === null);
      return {
        exact: live.filter((a) => a.status === 'exact').length,
        fuzzy: live.filter((a) => a.status === 'fuzzy').length,
        orphaned: live.filter((a) => a.status === 'orphaned').length,
        version,
      };
    } finally {
      importing.delete(documentId);
    }
  }

  const service = {
    get: ({ documentId }) => documents.get(documentId),
    importRevisionFile({ documentId, fileName, base64, importId }): Promise<ApiOutput<'document.importRevisionFile'>> {
      documents.require(documentId);
      // Followed as one import from reading the file to the last annotation placed, cancellable throughout.
      return deps.importFiles.follow(importId, async (activity) => {
        // The same reading (worker, decoding, checks, messages) as a library import.
        const { text } = await deps.importFiles.readFollowed(fileName, Buffer.from(base64, 'base64'), activity);
        return revise({ documentId, text }, activity);
      });
    },
    importRevision: (input) => revise(input),
    versions({ documentId }) {
      const doc = documents.require(documentId);
      return [
        ...doc.previousVersions.map((v, i) => ({ version: i + 1, addedAt: v.addedAt, current: false })),
        { version: doc.previousVersions.length + 1, addedAt: versionAddedAt(doc), current: true },
      ];
    },
    getVersion({ documentId, version }) {
      const doc = documents.require(documentId);
      const hash = version === doc.previousVersions.length + 1 ? doc.textHash : doc.previousVersions[version - 1]?.textHash;
      if (hash === undefined)
        throw new DomainError('NOT_FOUND', 'document.noVersion', {
          title: doc.title,
          version,
          current: doc.previousVersions.length + 1,
        });
      return { id: doc.id, title: doc.title, kind: doc.kind, outline: documents.outlineOfText(documents.readText(doc, hash)) };
    },
  } satisfies ApiService<'document'>;
  return service;
}
export type DocumentService = ReturnType<typeof createDocumentService>;

/** When the current version arrived: the last replacement, or when the document was added. */
function versionAddedAt(doc: { addedAt: string; previousVersions: { replacedAt: string }[] }): string {
  return doc.previousVersions.at(-1)?.replacedAt ?? doc.addedAt;
}
