import { useCallback, useRef } from 'react';
import type { DocumentKind, DocumentSummary } from '../../../shared/domain/document';
import { useApi } from '../../app/api-context';
import { useApiList } from '../../app/useApiList';
import { errorText } from '../../app/error-message';
import type { WorkspaceNotice } from '../annotations/useAnnotationCommands';
import { createUndoStack, popUndo, pushUndo, removeUndo } from '../annotations/undo-stack';

/** The session's documents and the commands on them: rename, set kind, remove (with undo). */
export function useLibrary(notify: (notice: WorkspaceNotice | null) => void, onRemoved: (documentId: string, rest: readonly DocumentSummary[]) => void) {
  const api = useApi();
  const { items: documents, setItems: setDocuments, loadError, refresh } = useApiList('library.list');
  const undo = useRef(createUndoStack<{ id: string; title: string }>());

  const fail = useCallback(
    (error: unknown) => notify({ key: 'library.actionFailed', values: { message: errorText(error) }, tone: 'error' }),
    [notify],
  );
  const put = useCallback((saved: DocumentSummary) => {
    setDocuments((list) => (list ?? []).map((d) => (d.id === saved.id ? saved : d)));
  }, [setDocuments]);

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

  const restoreLast = useCallback(async () => {
    const [item, rest] = popUndo(undo.current);
    if (!item) return;
    undo.current = rest;
    try {
      await api.call('library.restore', { documentId: item.id });
      await refresh();
      notify({ key: 'library.restored', values: { title: item.title }, tone: 'info' });
    } catch (error) {
      fail(error);
    }
  }, [api, refresh, notify, fail]);

  const remove = useCallback(
    async (doc: DocumentSummary) => {
      try {
        await api.call('library.remove', { documentId: doc.id });
        const rest = (documents ?? []).filter((d) => d.id !== doc.id);
        setDocuments(rest);
        undo.current = pushUndo(removeUndo(undo.current, (d) => d.id === doc.id), { id: doc.id, title: doc.title });
        notify({ key: 'library.removed', values: { title: doc.title }, tone: 'info', undo: () => void restoreLast() });
        onRemoved(doc.id, rest);
      } catch (error) {
        fail(error);
      }
    },
    [api, documents, notify, fail, restoreLast, onRemoved, setDocuments],
  );

  const added = useCallback((doc: DocumentSummary) => setDocuments((list) => [...(list ?? []).filter((d) => d.id !== doc.id), doc]), [setDocuments]);

  return { documents, loadError, refresh, rename, setKind, remove, restoreLast, added, canUndo: () => undo.current.items.length > 0 };
}
