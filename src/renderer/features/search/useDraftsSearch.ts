import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { Draft } from '../../../shared/domain/draft';
import { useApi } from '../../app/api-context';
import { apiQueryOptions, useApiQuery } from '../../app/query/useApiQuery';
import { draftSearchData, type DraftSearchData } from './draft-search';

/**
 * Every draft's text, read through the query cache (read again after any write) while search is open;
 * drafts still loading are left out until they arrive. In the drafts list's order (latest change first).
 */
export function useDraftsSearch(): DraftSearchData[] {
  const api = useApi();
  const list = useApiQuery('draft.list', {}).data;
  const drafts = useQueries({
    queries: (list ?? []).map((d) => apiQueryOptions(api, 'draft.get', { draftId: d.id })),
    combine: draftsOf,
  });
  return useMemo(() => drafts.filter((d): d is Draft => d !== undefined && d.deletedAt === null).map(draftSearchData), [drafts]);
}

/** The drafts read so far (the combined result is kept while they stay the same). */
function draftsOf(results: readonly { data?: Draft }[]): (Draft | undefined)[] {
  return results.map((r) => r.data);
}
