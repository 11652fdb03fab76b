import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { ApiOutput } from '../../../shared/contract/api-contract';
import type { ReportDocument } from '../../../shared/domain/document';
import { fileToBase64 } from '../../app/base64';
import { useApiMutation } from '../../app/query/useApiMutation';
import { apiQueryKey, setApiQueryData, useApiQuery, useApiRead, useQueryClient } from '../../app/query/useApiQuery';

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

const NO_VERSIONS: VersionInfo[] = [];

/**
 * The document in the reader, its versions (read through the query cache; the menu shows what it
 * has when they cannot be read) and the older version shown, if any (read when chosen).
 */
export function useDocumentVersions(initial: ReportDocument, onError: (error: unknown, retry: () => void) => void): DocumentVersions {
  const queryClient = useQueryClient();
  const read = useApiRead();
  const [document, setDocument] = useState(initial);
  const [chosen, setChosen] = useState<number | null>(null);
  const documentId = document.id;
  const versions = useApiQuery('document.versions', { documentId }).data ?? NO_VERSIONS;
  const current = versions.find((v) => v.current)?.version ?? null;

  const older = useApiQuery('document.getVersion', { documentId, version: chosen ?? 1 }, { enabled: chosen !== null });
  const { error: olderError, refetch: readOlderAgain } = older;
  const reportError = useEffectEvent((error: unknown) => onError(error, () => void readOlderAgain()));
  useEffect(() => {
    if (olderError) reportError(olderError);
  }, [olderError]);
  const viewing = chosen !== null && older.data ? { version: chosen, document: older.data } : null;

  const { mutateAsync: sendRevision } = useApiMutation('document.importRevisionFile', { invalidate: false });
  const importRevision = useCallback(
    async (file: File, importId: string) => {
      const result = await sendRevision({ documentId, fileName: file.name, base64: await fileToBase64(file), importId });
      // The new text and its version number arrive together: both are in the cache before the
      // document changes, so nothing keyed by the version sees one without the other.
      const [next] = await Promise.all([
        read('document.get', { documentId }),
        read('document.versions', { documentId }).catch((error: unknown) => {
          setApiQueryData(queryClient, 'document.versions', { documentId }, (list) => list?.filter((v) => !v.current));
          onError(error, () => void queryClient.refetchQueries({ queryKey: apiQueryKey('document.versions', { documentId }) }));
        }),
      ]);
      setDocument(next);
      setChosen(null);
      return result;
    },
    [sendRevision, read, queryClient, documentId, onError],
  );

  const openVersion = useCallback(
    async (version: number) => {
      setChosen(version === current ? null : version);
    },
    [current],
  );

  const backToCurrent = useCallback(() => setChosen(null), []);
  const switchTo = useCallback((next: ReportDocument) => {
    setDocument(next);
    setChosen(null);
  }, []);

  return { document, version: current, versions, viewing, importRevision, openVersion, backToCurrent, switchTo };
}
