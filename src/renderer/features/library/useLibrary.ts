import { useCallback } from 'react';
import type { BinEntry } from '../../../shared/domain/bin';
import type { DocumentKind, DocumentSummary } from '../../../shared/domain/document';
import { useApi } from '../../app/api-context';
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
  const api = useApi();
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
        put(await api.call('library.rename', { documentId, title }));
        notify({ key: 'library.renamed', values: { title }, tone: 'info' });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [api, put, notify, fail],
  );

  const setKind = useCallback(
    async (documentId: string, kind: DocumentKind) => {
      try {
        put(await api.call('library.setKind', { documentId, kind }));
      } catch (error) {
        fail(error);
      }
    },
    [api, put, fail],
  );

  const remove = useCallback(
    async (doc: DocumentSummary) => {
      try {
        await api.call('library.remove', { documentId: doc.id });
        const rest = (documents ?? []).filter((d) => d.id !== doc.id);
        setDocuments(rest);
        undo.removed({ kind: 'document', id: doc.id }, { key: 'library.removed', values: { title: doc.title } });
        onRemoved(doc.id, rest);
      } catch (error) {
        fail(error);
      }
    },
    [api, documents, fail, undo, onRemoved, setDocuments],
  );

  const added = useCallback(
    (doc: DocumentSummary) => setDocuments((list) => [...(list ?? []).filter((d) => d.id !== doc.id), doc]),
    [setDocuments],
  );

  return { documents, loadError, refresh, rename, setKind, remove, undoLast: undo.undoLast, added };
}
