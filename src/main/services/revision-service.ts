import { buildDocumentText } from '../../shared/anchoring/document-text';
import type { ReportDocument } from '../../shared/domain/document';
import type { LibraryTexts } from '../storage/library-texts';
import type { Store } from '../storage/store';
import { DomainError } from './domain-error';
import { checkReportText } from './import/check-report-text';
import { importRefusedError } from './import/import-error';
import type { ImportFiles } from './import/import-files';
import type { LibraryService } from './library-service';
import { reanchorDocumentAnnotations, type Reanchorer } from './revision-reanchoring';
import { PARSER_REVISION } from '../../shared/report/parser-revision';

export interface RevisionResult {
  /** Annotations placed on the same words exactly, by fuzzy matching, or not placed (orphaned). */
  exact: number;
  fuzzy: number;
  orphaned: number;
  /** The number of the version now current (the first version is 1). */
  version: number;
}

export interface RevisionService {
  importRevision(documentId: string, text: string): Promise<RevisionResult>;
  /** The same from a .txt, .md or .docx file. */
  importRevisionFile(documentId: string, fileName: string, bytes: Uint8Array, importId?: string): Promise<RevisionResult>;
  versions(documentId: string): { version: number; addedAt: string; current: boolean }[];
  getVersion(documentId: string, version: number): ReportDocument;
}

export function createRevisionService(deps: {
  store: Store;
  library: LibraryService;
  texts: LibraryTexts;
  clock: () => Date;
  importFiles: ImportFiles;
  reanchor: Reanchorer;
}): RevisionService {
  const { store, library, texts, clock } = deps;
  const { reanchor } = deps;
  /** Documents whose revision is being re-anchored: a second revision of the same one waits its turn by being refused. */
  const importing = new Set<string>();
  const service: RevisionService = {
    async importRevisionFile(documentId, fileName, bytes, importId) {
      library.require(documentId);
      // The same reading (worker, decoding, checks, messages) as a library import.
      const { text } = await deps.importFiles.read(fileName, bytes, importId);
      return service.importRevision(documentId, text);
    },
    async importRevision(documentId, rawText) {
      library.require(documentId);
      const text = rawText.replace(/^\uFEFF/, '');
      const problem = checkReportText(text);
      if (problem) throw importRefusedError('The revised version', problem);
      const outline = library.outlineOfText(text);
      const documentText = buildDocumentText(outline);
      if (documentText.text.trim() === '') throw new DomainError('INVALID_INPUT', 'The revised version is empty.');
      if (importing.has(documentId)) {
        throw new DomainError('CONFLICT', 'A revised version of this document is still being imported. Wait until it is done, then try again.');
      }
      importing.add(documentId);
      try {
        const previous = library.documentText(documentId);
        const reanchored = await reanchorDocumentAnnotations({ store, reanchor, documentId, previous, next: documentText });
        // The new version's text is on disk before the store refers to it.
        const textHash = await texts.put(text);
        // Read after the wait: the document may have been renamed (or removed) meanwhile.
        const current = library.require(documentId);
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
    },
    versions(documentId) {
      const doc = library.require(documentId);
      return [
        ...doc.previousVersions.map((v, i) => ({ version: i + 1, addedAt: v.addedAt, current: false })),
        { version: doc.previousVersions.length + 1, addedAt: versionAddedAt(doc), current: true },
      ];
    },
    getVersion(documentId, version) {
      const doc = library.require(documentId);
      const hash = version === doc.previousVersions.length + 1 ? doc.textHash : doc.previousVersions[version - 1]?.textHash;
      if (hash === undefined) throw new DomainError('NOT_FOUND', `Document "${documentId}" has no version ${version}.`);
      return { id: doc.id, title: doc.title, kind: doc.kind, outline: library.outlineOfText(library.readText(doc, hash)) };
    },
  };
  return service;
}

/** When the current version arrived: the last replacement, or when the document was added. */
function versionAddedAt(doc: { addedAt: string; previousVersions: { replacedAt: string }[] }): string {
  return doc.previousVersions.at(-1)?.replacedAt ?? doc.addedAt;
}
