import { useCallback, useRef } from 'react';
import type { ApiOutput } from '../../../shared/contract/api-contract';
import type { Draft, DraftKind } from '../../../shared/domain/draft';
import type { Language } from '../../../shared/domain/settings';
import { useApi } from '../../app/api-context';
import { useApiList } from '../../app/useApiList';
import { errorText } from '../../app/error-message';
import type { WorkspaceNotice } from '../annotations/useAnnotationCommands';
import { createUndoStack, popUndo, pushUndo, removeUndo } from '../annotations/undo-stack';

export type DraftSummary = ApiOutput<'draft.list'>[number];

/** The list of drafts and the commands on whole drafts: create, duplicate, delete with undo, import. */
export function useDraftList(notify: (notice: WorkspaceNotice | null) => void, onOpen: (draftId: string | null) => void) {
  const api = useApi();
  const { items: drafts, setItems: setDrafts, loadError, refresh } = useApiList('draft.list');
  const undo = useRef(createUndoStack<{ id: string; title: string }>());

  const failed = useCallback(
    (error: unknown) => notify({ key: 'drafts.actionFailed', values: { message: errorText(error) }, tone: 'error' }),
    [notify],
  );

  const create = useCallback(
    async (kind: DraftKind, language: Language) => {
      try {
        const draft = await api.call('draft.create', { kind, language });
        await refresh();
        onOpen(draft.id);
        notify({ key: 'drafts.created', valueKeys: { kind: `drafts.kind.${kind}` }, tone: 'info' });
      } catch (error) {
        failed(error);
      }
    },
    [api, refresh, onOpen, notify, failed],
  );

  const duplicate = useCallback(
    async (draftId: string) => {
      try {
        const copy = await api.call('draft.duplicate', { draftId });
        await refresh();
        onOpen(copy.id);
        notify({ key: 'drafts.duplicated', tone: 'info' });
      } catch (error) {
        failed(error);
      }
    },
    [api, refresh, onOpen, notify, failed],
  );

  const restoreLast = useCallback(async () => {
    const [item, rest] = popUndo(undo.current);
    if (!item) return;
    undo.current = rest;
    try {
      await api.call('draft.restore', { draftId: item.id });
      await refresh();
      notify({ key: 'drafts.restored', values: { title: item.title }, tone: 'info' });
    } catch (error) {
      failed(error);
    }
  }, [api, refresh, notify, failed]);

  const remove = useCallback(
    async (draftId: string, title: string, isOpen: boolean) => {
      try {
        await api.call('draft.delete', { draftId });
        undo.current = pushUndo(removeUndo(undo.current, (d) => d.id === draftId), { id: draftId, title });
        if (isOpen) onOpen(null);
        await refresh();
        notify({ key: 'drafts.deleted', values: { title }, tone: 'info', undo: () => void restoreLast() });
      } catch (error) {
        failed(error);
      }
    },
    [api, refresh, onOpen, notify, failed, restoreLast],
  );

  const importFile = useCallback(
    async (file: File) => {
      let draft: Draft;
      try {
        draft = await api.call('draft.importJson', { text: await file.text() });
      } catch (error) {
        notify({ key: 'drafts.importFailed', values: { name: file.name, message: errorText(error) }, tone: 'error' });
        return;
      }
      await refresh();
      onOpen(draft.id);
      notify({ key: 'drafts.imported', values: { name: file.name }, tone: 'info' });
    },
    [api, refresh, onOpen, notify],
  );

  /** A saved draft's new title and state, without asking the main side for the whole list. */
  const updateSummary = useCallback((draft: Draft, exportable: boolean) => {
    setDrafts((list) => {
      if (!list) return list;
      const rest = list.filter((d) => d.id !== draft.id);
      const summary: DraftSummary = { id: draft.id, kind: draft.kind, title: draft.title, language: draft.language, updatedAt: draft.updatedAt, exportable };
      return [summary, ...rest];
    });
  }, [setDrafts]);

  return { drafts, loadError, refresh, create, duplicate, remove, restoreLast, importFile, updateSummary, canUndo: () => undo.current.items.length > 0 };
}
