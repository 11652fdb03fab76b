import { useCallback, useMemo } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/contract/api-contract';
import { errorText } from './error-message';
import { apiQueryKey, useApiQuery, useQueryClient } from './query/useApiQuery';

/** The methods that list something and need no input. */
type ListMethod = {
  [M in ApiMethod]: ApiOutput<M> extends readonly unknown[] ? (Record<string, never> extends ApiInput<M> ? M : never) : never;
}[ApiMethod];
type Item<M extends ListMethod> = ApiOutput<M>[number];

/**
 * A list read from the main side through the query cache (so it is read again after every write),
 * `setItems` to put the main side's answer in it at once, `refresh()` to read it again now, and the
 * load error in words.
 */
export function useApiList<M extends ListMethod>(method: M) {
  const queryClient = useQueryClient();
  const key = useMemo(() => apiQueryKey(method, {} as ApiInput<M>), [method]);
  const query = useApiQuery(method, key[2]);

  const setItems = useCallback(
    (next: Item<M>[] | ((list: Item<M>[] | null) => Item<M>[] | null)) => {
      queryClient.setQueryData<Item<M>[]>(key, (list) => (typeof next === 'function' ? next(list ?? null) : next) ?? undefined);
    },
    [queryClient, key],
  );
  const refresh = useCallback(async () => {
    await queryClient.refetchQueries({ queryKey: key, exact: true });
  }, [queryClient, key]);

  const items = (query.data as Item<M>[] | undefined) ?? null;
  return { items, setItems, loadError: query.error ? errorText(query.error) : null, refresh };
}
