import { useCallback, useEffect, useState } from 'react';
import type { ApiOutput } from '../../../shared/contract/api-contract';
import type { ReportDocument } from '../../../shared/domain/document';
import { useApi } from '../../app/api-context';
import { checkTextFile } from '../annotations/note-form';
import { fileExtension, fileToBase64 } from '../library/import-file';

export type VersionInfo = ApiOutput<'document.versions'>[number];
export type RevisionResult = ApiOutput<'document.importRevision'>;

/** A file that is not text (or is empty) was refused before anything was sent. */
export class RefusedFileError extends Error {
  constructor(readonly reason: 'binary' | 'empty') {
    super(reason);
    this.name = 'RefusedFileError';
  }
}

export interface DocumentVersions {
  /** The current version of the document. */
  document: ReportDocument;
  /** The number of the current version (null until listed): with the id, the key of the text shown. */
  version: number | null;
  versions: VersionInfo[];
  /** An older version shown read-only, or null for the current one. */
  viewing: { version: number; document: ReportDocument } | null;
  importRevision(file: File): Promise<RevisionResult>;
  openVersion(version: number): Promise<void>;
  backToCurrent(): void;
  /** Puts another document of the library in the reader (its current version). */
  switchTo(document: ReportDocument): void;
}

export function useDocumentVersions(initial: ReportDocument, onError: (error: unknown, retry: () => void) => void): DocumentVersions {
  const api = useApi();
  const [document, setDocument] = useState(initial);
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [viewing, setViewing] = useState<DocumentVersions['viewing']>(null);
  const documentId = document.id;

  const loadVersions = useCallback(async function loadVersions(): Promise<void> {
    try {
      setVersions(await api.call('document.versions', { documentId }));
    } catch (error) {
      onError(error, () => void loadVersions());
    }
  }, [api, documentId, onError]);

  useEffect(() => {
    let live = true;
    api.call('document.versions', { documentId }).then(
      (list) => live && setVersions(list),
      () => undefined, // Listed again after an import; the menu shows what it has.
    );
    return () => {
      live = false;
    };
  }, [api, documentId]);

  const importRevision = useCallback(
    async (file: File) => {
      let result: RevisionResult;
      if (['md', 'docx'].includes(fileExtension(file.name))) {
        // Markdown and Word files are read by the main side, which names any problem with them.
        result = await api.call('document.importRevisionFile', { documentId, fileName: file.name, base64: await fileToBase64(file) });
      } else {
        const text = await file.text();
        const check = checkTextFile(text);
        if (check !== 'ok') throw new RefusedFileError(check);
        result = await api.call('document.importRevision', { documentId, text });
      }
      // The new text and its version number arrive together: nothing keyed by the version sees one without the other.
      const [next, list] = await Promise.all([api.call('document.get', { documentId }), api.call('document.versions', { documentId }).catch(() => null)]);
      setDocument(next);
      setVersions(list ?? versions.filter((v) => !v.current));
      setViewing(null);
      if (!list) await loadVersions();
      return result;
    },
    [api, documentId, versions, loadVersions],
  );

  const openVersion = useCallback(
    async function openVersion(version: number): Promise<void> {
      const current = versions.find((v) => v.current);
      if (current?.version === version) {
        setViewing(null);
        return;
      }
      try {
        setViewing({ version, document: await api.call('document.getVersion', { documentId, version }) });
      } catch (error) {
        onError(error, () => void openVersion(version));
      }
    },
    [api, documentId, versions, onError],
  );

  const backToCurrent = useCallback(() => setViewing(null), []);
  const switchTo = useCallback((next: ReportDocument) => {
    setDocument(next);
    setViewing(null);
    setVersions([]);
  }, []);

  const version = versions.find((v) => v.current)?.version ?? null;
  return { document, version, versions, viewing, importRevision, openVersion, backToCurrent, switchTo };
}
