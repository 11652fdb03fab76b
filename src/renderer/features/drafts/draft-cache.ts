import type { QueryClient } from '@tanstack/react-query';
import type { ApiOutput } from '../../../shared/contract/api-contract';
import type { Draft } from '../../../shared/domain/draft';
import { blocksExport, checkDraft } from '../../../shared/drafts/checks';
import { apiQueryKey, setApiQueryData } from '../../app/query/useApiQuery';

export type DraftSummary = ApiOutput<'draft.list'>[number];

/**
 * What an autosave changes on the page, from the main side's answer (the store's own truth), without
 * reading every cached answer again while the deputy types: the draft itself, its line in the list
 * (moved to the top, with its readiness), and the reads the main side derives from its text (the
 * checker, and the co-signing status, since a confirmation of the text before the edit is stale now).
 */
export function showSavedDraft(client: QueryClient, draft: Draft, minCoSigners: number): void {
  setApiQueryData(client, 'draft.get', { draftId: draft.id }, () => draft);
  setApiQueryData(client, 'draft.list', {}, (list) => {
    if (!list) return list;
    const summary: DraftSummary = {
      id: draft.id,
      kind: draft.kind,
      title: draft.title,
      language: draft.language,
      updatedAt: draft.updatedAt,
      exportable: !blocksExport(checkDraft(draft, { minCoSigners })),
    };
    return [summary, ...list.filter((d) => d.id !== draft.id)];
  });
  void client.invalidateQueries({ queryKey: apiQueryKey('draft.check', { draftId: draft.id }) });
  void client.invalidateQueries({ queryKey: apiQueryKey('cosign.status', { draftId: draft.id }) });
}
