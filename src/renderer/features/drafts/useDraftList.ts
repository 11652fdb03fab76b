import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftKind } from '../../../shared/domain/draft';
import type { Language } from '../../../shared/domain/settings';
import type { BinEntry } from '../../../shared/domain/bin';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { apiQueryKey, useApiQuery, useQueryClient } from '../../app/query/useApiQuery';
import { useUndoableRemoval } from '../../app/useUndoableRemoval';
import type { WorkspaceNotice } from '../../app/workspace-notice';

const DRAFT_KINDS = ['draft'] as const;

/**
 * The list of drafts and the commands on whole drafts: create, duplicate, delete with undo, import.
 * Each command is a write of the data layer, so the list (and every other read) is read again after it.
 */
export function useDraftList(notify: (notice: WorkspaceNotice | null) => void, onOpen: (draftId: string | null) => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useApiQuery('draft.list', {});
  const { mutateAsync: createDraft } = useApiMutation('draft.create');
  const { mutateAsync: duplicateDraft } = useApiMutation('draft.duplicate');
  const { mutateAsync: deleteDraft } = useApiMutation('draft.delete');
  const { mutateAsync: importDraft } = useApiMutation('draft.importJson');

  const failed = useCallback(
    (error: unknown) => notify({ key: 'drafts.actionFailed', values: { message: errorText(error) }, tone: 'error' }),
    [notify],
  );
  // A restore comes back through the bin, not through a draft write: the list is read again for it.
  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: apiQueryKey('draft.list', {}) }), [queryClient]);
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
        const draft = await createDraft({ kind, language });
        onOpen(draft.id);
        notify({ key: 'drafts.created', valueKeys: { kind: `drafts.kind.${kind}` }, tone: 'info' });
      } catch (error) {
        failed(error);
      }
    },
    [createDraft, onOpen, notify, failed],
  );

  const duplicate = useCallback(
    async (draftId: string) => {
      try {
        const copy = await duplicateDraft({ draftId });
        onOpen(copy.id);
        notify({ key: 'drafts.duplicated', tone: 'info' });
      } catch (error) {
        failed(error);
      }
    },
    [duplicateDraft, onOpen, notify, failed],
  );

  const remove = useCallback(
    async (draftId: string, title: string, isOpen: boolean) => {
      try {
        await deleteDraft({ draftId });
        if (isOpen) onOpen(null);
        undo.removed({ kind: 'draft', id: draftId }, { key: 'drafts.deleted', values: { title } });
      } catch (error) {
        failed(error);
      }
    },
    [deleteDraft, onOpen, failed, undo],
  );

  const importFile = useCallback(
    async (file: File) => {
      try {
        const draft = await importDraft({ text: await file.text() });
        onOpen(draft.id);
        notify({ key: 'drafts.imported', values: { name: file.name }, tone: 'info' });
      } catch (error) {
        notify({ key: 'drafts.importFailed', values: { name: file.name, message: errorText(error) }, tone: 'error' });
      }
    },
    [importDraft, onOpen, notify],
  );

  return {
    drafts: list.data ?? null,
    loadError: list.error ? errorText(list.error) : null,
    create,
    duplicate,
    remove,
    undoLast: undo.undoLast,
    importFile,
  };
}
