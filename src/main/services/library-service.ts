import { randomUUID } from 'node:crypto';
import type { ApiOutput, ApiParsedInput, ApiService } from '../../shared/contract/api-contract';
import { NO_OVERRIDES, type DocumentSummary, type HeadingOverridesInput } from '../../shared/domain/document';
import type { LibraryTexts } from '../storage/library-texts';
import type { Store } from '../storage/store';
import { DomainError } from './domain-error';
import { checkReportText } from './import/check-report-text';
import { importRefusedError, THE_DOCUMENT } from './import/import-error';
import type { ImportFiles } from './import/import-files';
import type { Documents } from './documents';
import { PARSER_REVISION } from '../../shared/report/parser-revision';

/** The `library.*` methods: the list, importing (preview, progress, cancel, add), renaming, removing. */
export function createLibraryService(deps: {
  store: Store;
  documents: Documents;
  texts: LibraryTexts;
  clock: () => Date;
  importFiles: ImportFiles;
  newId?: () => string;
}) {
  const { store, documents, texts, clock, importFiles } = deps;
  const newId = deps.newId ?? (() => `doc-${randomUUID()}`);
  const summary = (documentId: string): DocumentSummary => {
    const found = documents.list().find((d) => d.id === documentId);
    if (!found) throw new DomainError('NOT_FOUND', 'document.notInLibrary', { documentId });
    return found;
  };
  const change = async (documentId: string, edit: (doc: Store['data']['documents'][number]) => void): Promise<void> => {
    documents.require(documentId);
    await store.update((data) => {
      const doc = data.documents.find((d) => d.id === documentId)!;
      edit(doc);
    });
  };
  const preview = (
    fileName: string,
    format: string,
    text: string,
    overrides?: HeadingOverridesInput,
  ): ApiOutput<'library.previewImport'> => {
    const problem = checkReportText(text);
    if (problem) throw importRefusedError(fileName, problem);
    const outline = documents.outlineOfText(text, overrides);
    if (outline.sections.length === 0) throw new DomainError('INVALID_INPUT', 'document.fileHoldsNoText', { fileName });
    return { fileName, format, title: outline.title, text, outline };
  };

  const api = {
    list: () => documents.list(),
    async previewImport({ fileName, base64, importId }) {
      const { text, format } = await importFiles.read(fileName, Buffer.from(base64, 'base64'), importId);
      return preview(fileName, format, text);
    },
    importProgress: ({ importId }) => importFiles.progress(importId),
    cancelImport: ({ importId }) => ({ cancelled: importFiles.cancel(importId) }),
    previewText: ({ text, overrides }) => preview('pasted text', 'text', text.replace(/^\uFEFF/, ''), overrides),
    async addDocument({ title, kind, text, overrides }) {
      const problem = checkReportText(text);
      if (problem) throw importRefusedError(title || THE_DOCUMENT, problem);
      if (documents.outlineOfText(text).sections.length === 0) throw new DomainError('INVALID_INPUT', 'document.holdsNoText');
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
    async rename({ documentId, title }) {
      await change(documentId, (doc) => {
        doc.title = title.trim() || doc.title;
      });
      return summary(documentId);
    },
    async setKind({ documentId, kind }) {
      await change(documentId, (doc) => {
        doc.kind = kind;
      });
      return summary(documentId);
    },
    async remove({ documentId }) {
      const before = summary(documentId);
      await change(documentId, (doc) => {
        doc.removedAt = clock().toISOString();
      });
      return before;
    },
  } satisfies ApiService<'library'>;
  return {
    ...api,
    // Not an API method: `bin.restore` (which finds the entry first) is the one way back.
    async restore({ documentId }: ApiParsedInput<'library.remove'>) {
      const doc = store.data.documents.find((d) => d.id === documentId && d.removedAt !== null);
      if (!doc) throw new DomainError('NOT_FOUND', 'bin.noRemoved.document');
      await store.update((data) => {
        data.documents.find((d) => d.id === documentId)!.removedAt = null;
      });
      return summary(documentId);
    },
  };
}
export type LibraryService = ReturnType<typeof createLibraryService>;
