import { randomUUID } from 'node:crypto';
import { NO_OVERRIDES, type DocumentKind, type DocumentSummary, type HeadingOverridesInput } from '../../shared/domain/document';
import type { Outline } from '../../shared/domain/outline';
import type { LibraryTexts } from '../storage/library-texts';
import type { Store } from '../storage/store';
import { DomainError } from './domain-error';
import { checkReportText } from './import/check-report-text';
import { importRefusedError } from './import/import-error';
import type { ImportFiles } from './import/import-files';
import type { LibraryService } from './library-service';
import { PARSER_REVISION } from '../../shared/report/parser-revision';

export interface ImportPreview {
  fileName: string;
  format: string;
  title: string;
  text: string;
  outline: Outline;
}

export interface LibraryEditService {
  /** Reads a file (txt, md, docx) and shows what structure was detected, before anything is saved. */
  previewImport(fileName: string, bytes: Uint8Array, importId?: string): Promise<ImportPreview>;
  /** Pasted text, or a previewed text again with the deputy's heading corrections. */
  previewText(text: string, overrides?: HeadingOverridesInput): ImportPreview;
  addDocument(input: { title: string; kind: DocumentKind; text: string; overrides?: HeadingOverridesInput }): Promise<DocumentSummary>;
  rename(documentId: string, title: string): Promise<DocumentSummary>;
  setKind(documentId: string, kind: DocumentKind): Promise<DocumentSummary>;
  /** Takes the document out of the library; its annotations, vote links and citations stay, for undo. */
  remove(documentId: string): Promise<DocumentSummary>;
  restore(documentId: string): Promise<DocumentSummary>;
}

export function createLibraryEditService(deps: {
  store: Store;
  library: LibraryService;
  texts: LibraryTexts;
  clock: () => Date;
  importFiles: ImportFiles;
  newId?: () => string;
}): LibraryEditService {
  const { store, library, texts, clock } = deps;
  const newId = deps.newId ?? (() => `doc-${randomUUID()}`);
  const summary = (documentId: string): DocumentSummary => {
    const found = library.list().find((d) => d.id === documentId);
    if (!found) throw new DomainError('NOT_FOUND', `There is no document "${documentId}" in the library.`);
    return found;
  };
  const change = async (documentId: string, edit: (doc: Store['data']['documents'][number]) => void): Promise<void> => {
    library.require(documentId);
    await store.update((data) => {
      const doc = data.documents.find((d) => d.id === documentId)!;
      edit(doc);
    });
  };
  const preview = (fileName: string, format: string, text: string, overrides?: HeadingOverridesInput): ImportPreview => {
    const problem = checkReportText(text);
    if (problem) throw importRefusedError(fileName, problem);
    const outline = library.outlineOfText(text, overrides);
    if (outline.sections.length === 0) throw new DomainError('INVALID_INPUT', `"${fileName}" holds no text to import.`);
    return { fileName, format, title: outline.title, text, outline };
  };

  return {
    async previewImport(fileName, bytes, importId) {
      const { text, format } = await deps.importFiles.read(fileName, bytes, importId);
      return preview(fileName, format, text);
    },
    previewText: (text, overrides) => preview('pasted text', 'text', text.replace(/^\uFEFF/, ''), overrides),
    async addDocument({ title, kind, text, overrides }) {
      const problem = checkReportText(text);
      if (problem) throw importRefusedError(title || 'The document', problem);
      if (library.outlineOfText(text).sections.length === 0) throw new DomainError('INVALID_INPUT', 'The document holds no text.');
      const id = newId();
      const textHash = await texts.put(text);
      await store.update((data) => {
        data.documents.push({
          id,
          title: title.trim() || 'Untitled',
          kind,
          origin: 'imported',
          textHash,
          addedAt: clock().toISOString(),
          previousVersions: [],
          removedAt: null,
          headingOverrides: overrides ?? NO_OVERRIDES,
          parserRevision: PARSER_REVISION,
        });
      });
      return summary(id);
    },
    async rename(documentId, title) {
      await change(documentId, (doc) => {
        doc.title = title.trim() || doc.title;
      });
      return summary(documentId);
    },
    async setKind(documentId, kind) {
      await change(documentId, (doc) => {
        doc.kind = kind;
      });
      return summary(documentId);
    },
    async remove(documentId) {
      const before = summary(documentId);
      await change(documentId, (doc) => {
        doc.removedAt = clock().toISOString();
      });
      return before;
    },
    async restore(documentId) {
      const doc = store.data.documents.find((d) => d.id === documentId && d.removedAt !== null);
      if (!doc) throw new DomainError('NOT_FOUND', 'There is no removed document to restore with this id.');
      await store.update((data) => {
        data.documents.find((d) => d.id === documentId)!.removedAt = null;
      });
      return summary(documentId);
    },
  };
}
