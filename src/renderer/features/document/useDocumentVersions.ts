import { useCallback, useEffect, useState } from 'react';
import type { ApiOutput } from '../../../shared/contract/api-contract';
import type { ReportDocument } from '../../../shared/domain/document';
import { useApi } from '../../app/api-context';
import { fileToBase64 } from '../../app/base64';

export type VersionInfo = ApiOutput<'document.versions'>[number];
export type RevisionResult = ApiOutput<'document.importRevision'>;

export interface DocumentVersions {
  /** The current version of the document. */
  document: ReportDocument;
  /** The number of the current version (null until listed): with the id, the key of the text shown. */
  version: number | null;
  versions: VersionInfo[];
  /** An older version shown read-only, or null for the current one. */
  viewing: { version: number; document: ReportDocument } | null;
  /** Sends the file as it is: the main side reads every format (and every text encoding) as a library import does. */
  importRevision(file: File, importId: string): Promise<RevisionResult>;
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

  const loadVersions = useCallback(
    async function loadVersions(): Promise<void> {
      try {
        setVersions(await api.call('document.versions', { documentId }));
      } catch (error) {
        onError(error, () => void loadVersions());
      }
    },
    [api, documentId, onError],
  );

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
    async (file: File, importId: string) => {
      const result = await api.call('document.importRevisionFile', {
        documentId,
        fileName: file.name,
        base64: await fileToBase64(file),
        importId,
      });
      // The new text and its version number arrive together: nothing keyed by the version sees one without the other.
      const [next, list] = await Promise.all([
        api.call('document.get', { documentId }),
        api.call('document.versions', { documentId }).catch(() => null),
      ]);
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
