import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../shared/contract/api-contract';
import type { Draft, DraftKind } from '../../../shared/domain/draft';
import type { Language } from '../../../shared/domain/settings';
import { useApi } from '../../app/api-context';
import { useApiList } from '../../app/useApiList';
import { errorText } from '../../app/error-message';
import { useUndoableRemoval } from '../../app/useUndoableRemoval';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import type { BinEntry } from '../../../shared/domain/bin';

export type DraftSummary = ApiOutput<'draft.list'>[number];

const DRAFT_KINDS = ['draft'] as const;

/** The list of drafts and the commands on whole drafts: create, duplicate, delete with undo, import. */
export function useDraftList(notify: (notice: WorkspaceNotice | null) => void, onOpen: (draftId: string | null) => void) {
  const api = useApi();
  const { t } = useTranslation();
  const { items: drafts, setItems: setDrafts, loadError, refresh } = useApiList('draft.list');

  const failed = useCallback(
    (error: unknown) => notify({ key: 'drafts.actionFailed', values: { message: errorText(error) }, tone: 'error' }),
    [notify],
  );
  const undo = useUndoableRemoval({
    kinds: DRAFT_KINDS,
    notify,
    restoredNotice: useCallback(
      (entry: BinEntry) => ({ key: 'drafts.restored', values: { title: entry.label.trim() || t('drafts.untitled') } }),
      [t],
    ),
    onRestored: refresh,
    failed,
  });

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

  const remove = useCallback(
    async (draftId: string, title: string, isOpen: boolean) => {
      try {
        await api.call('draft.delete', { draftId });
        if (isOpen) onOpen(null);
        await refresh();
        undo.removed({ kind: 'draft', id: draftId }, { key: 'drafts.deleted', values: { title } });
      } catch (error) {
        failed(error);
      }
    },
    [api, refresh, onOpen, failed, undo],
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
  const updateSummary = useCallback(
    (draft: Draft, exportable: boolean) => {
      setDrafts((list) => {
        if (!list) return list;
        const rest = list.filter((d) => d.id !== draft.id);
        const summary: DraftSummary = {
          id: draft.id,
          kind: draft.kind,
          title: draft.title,
          language: draft.language,
          updatedAt: draft.updatedAt,
          exportable,
        };
        return [summary, ...rest];
      });
    },
    [setDrafts],
  );

  return { drafts, loadError, refresh, create, duplicate, remove, undoLast: undo.undoLast, importFile, updateSummary };
}
