import { reanchorTarget } from '../../shared/anchoring/anchor';
import { buildDocumentText } from '../../shared/anchoring/document-text';
import { AnnotationSchema } from '../../shared/domain/annotation';
import type { ReportDocument } from '../../shared/domain/document';
import type { LibraryTexts } from '../storage/library-texts';
import type { Store } from '../storage/store';
import { storedRecord } from '../storage/stored-record';
import { DomainError } from './domain-error';
import { readReportFile } from './import/read-report-file';
import type { LibraryService } from './library-service';

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
  importRevisionFile(documentId: string, fileName: string, bytes: Uint8Array): Promise<RevisionResult>;
  versions(documentId: string): { version: number; addedAt: string; current: boolean }[];
  getVersion(documentId: string, version: number): ReportDocument;
}

/** Text, not a binary file: no NUL bytes and almost no control characters. */
export function looksLikeText(text: string): boolean {
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return false;
    // C0 controls other than tab, line feed, vertical tab, form feed and carriage return; U+FFFD from bad decoding.
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0xfffd) suspicious += 1;
  }
  return suspicious <= Math.max(2, text.length * 0.001);
}

export function createRevisionService(deps: { store: Store; library: LibraryService; texts: LibraryTexts; clock: () => Date }): RevisionService {
  const { store, library, texts, clock } = deps;
  const service: RevisionService = {
    async importRevisionFile(documentId, fileName, bytes) {
      library.require(documentId);
      const { text } = await readReportFile(fileName, bytes);
      return service.importRevision(documentId, text);
    },
    async importRevision(documentId, rawText) {
      const current = library.require(documentId);
      const text = rawText.replace(/^\uFEFF/, '');
      if (!looksLikeText(text)) {
        throw new DomainError('INVALID_INPUT', 'The revised version is not a text file (it holds binary data). Choose the .txt file of the report.');
      }
      const outline = library.outlineOfText(text);
      const documentText = buildDocumentText(outline);
      if (documentText.text.trim() === '') throw new DomainError('INVALID_INPUT', 'The revised version is empty.');

      // Re-anchor every annotation of the document, deleted ones too (so that undo still places them).
      const placed = store.data.annotations
        .filter((a) => a.documentId === documentId)
        .map((a) => ({ id: a.id, deleted: a.deletedAt !== null, ...reanchorTarget(a.target, documentText) }));
      const now = clock().toISOString();
      // The new version's text is on disk before the store refers to it.
      const textHash = await texts.put(text);
      const version = current.previousVersions.length + 2;
      await store.update((data) => {
        const doc = data.documents.find((d) => d.id === documentId)!;
        doc.previousVersions.push({ textHash: doc.textHash, addedAt: versionAddedAt(doc), replacedAt: now });
        doc.textHash = textHash;
        const byId = new Map(placed.map((p) => [p.id, p]));
        data.annotations = data.annotations.map((a) => {
          const result = byId.get(a.id);
          return result ? storedRecord(AnnotationSchema, { ...a, target: result.target, status: result.status }) : a;
        });
      });
      const live = placed.filter((p) => !p.deleted);
      return {
        exact: live.filter((p) => p.status === 'exact').length,
        fuzzy: live.filter((p) => p.status === 'fuzzy').length,
        orphaned: live.filter((p) => p.status === 'orphaned').length,
        version,
      };
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
