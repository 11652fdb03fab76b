import { useCallback } from 'react';
import type { BinEntry } from '../../../shared/domain/bin';
import type { DocumentKind, DocumentSummary } from '../../../shared/domain/document';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useApiList } from '../../app/useApiList';
import { errorText } from '../../app/error-message';
import { useUndoableRemoval } from '../../app/useUndoableRemoval';
import type { WorkspaceNotice } from '../../app/workspace-notice';

const DOCUMENT_KINDS = ['document'] as const;
const restoredNotice = (entry: BinEntry) => ({ key: 'library.restored', values: { title: entry.label } });

/** The session's documents and the commands on them: rename, set kind, remove (with undo). */
export function useLibrary(
  notify: (notice: WorkspaceNotice | null) => void,
  onRemoved: (documentId: string, rest: readonly DocumentSummary[]) => void,
) {
  // Titles and kinds show in other views too: each write has every cached read read again.
  const { mutateAsync: renameCall } = useApiMutation('library.rename');
  const { mutateAsync: setKindCall } = useApiMutation('library.setKind');
  const { mutateAsync: removeCall } = useApiMutation('library.remove');
  const { items: documents, setItems: setDocuments, loadError, refresh } = useApiList('library.list');

  const fail = useCallback(
    (error: unknown) => notify({ key: 'library.actionFailed', values: { message: errorText(error) }, tone: 'error' }),
    [notify],
  );
  const undo = useUndoableRemoval({ kinds: DOCUMENT_KINDS, notify, restoredNotice, onRestored: refresh, failed: fail });
  const put = useCallback(
    (saved: DocumentSummary) => {
      setDocuments((list) => (list ?? []).map((d) => (d.id === saved.id ? saved : d)));
    },
    [setDocuments],
  );

  const rename = useCallback(
    async (documentId: string, title: string) => {
      try {
        put(await renameCall({ documentId, title }));
        notify({ key: 'library.renamed', values: { title }, tone: 'info' });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [renameCall, put, notify, fail],
  );

  const setKind = useCallback(
    async (documentId: string, kind: DocumentKind) => {
      try {
        put(await setKindCall({ documentId, kind }));
      } catch (error) {
        fail(error);
      }
    },
    [setKindCall, put, fail],
  );

  const remove = useCallback(
    async (doc: DocumentSummary) => {
      try {
        await removeCall({ documentId: doc.id });
        const rest = (documents ?? []).filter((d) => d.id !== doc.id);
        setDocuments(rest);
        undo.removed({ kind: 'document', id: doc.id }, { key: 'library.removed', values: { title: doc.title } });
        onRemoved(doc.id, rest);
      } catch (error) {
        fail(error);
      }
    },
    [removeCall, documents, fail, undo, onRemoved, setDocuments],
  );

  const added = useCallback(
    (doc: DocumentSummary) => setDocuments((list) => [...(list ?? []).filter((d) => d.id !== doc.id), doc]),
    [setDocuments],
  );

  return { documents, loadError, refresh, rename, setKind, remove, undoLast: undo.undoLast, added };
}
