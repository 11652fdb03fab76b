import {
  usePrefetchQuery,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/contract/api-contract';
import type { ApiClient } from '../../api/client';
import { useApi } from '../api-context';
import { API_QUERY_ROOT } from './query-client';

export type ApiQueryKey<M extends ApiMethod> = readonly [typeof API_QUERY_ROOT, M, ApiInput<M>];

/** The cache key of one read. */
export function apiQueryKey<M extends ApiMethod>(method: M, input: ApiInput<M>): ApiQueryKey<M> {
  return [API_QUERY_ROOT, method, input];
}

type Options<M extends ApiMethod, T> = Omit<UseQueryOptions<ApiOutput<M>, Error, T, ApiQueryKey<M>>, 'queryKey' | 'queryFn'>;

/** A read from the main side, cached by method and input; read again after any write. */
export function useApiQuery<M extends ApiMethod, T = ApiOutput<M>>(
  method: M,
  input: ApiInput<M>,
  options?: Options<M, T>,
): UseQueryResult<T, Error> {
  const api = useApi();
  return useQuery({
    ...options,
    queryKey: apiQueryKey(method, input),
    queryFn: () => callApi(api, method, input),
  });
}

/**
 * Starts a read while its owner renders, not once it has been laid out and painted (which is when
 * `useApiQuery` alone asks): the answer is on its way during the first layout. The `useApiQuery` of
 * the same method and input takes up the read in flight (no second call); a read already cached is not made again.
 */
export function useApiReadEarly<M extends ApiMethod>(method: M, input: ApiInput<M>): void {
  usePrefetchQuery(apiQueryOptions(useApi(), method, input));
}

/** The one typed call of a contract method (the client's own signature is per-method). */
export function callApi<M extends ApiMethod>(api: ApiClient, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  return (api.call as (m: M, i: ApiInput<M>) => Promise<ApiOutput<M>>)(method, input);
}

/** The cache key and read of one call, for `useQueries` over several inputs (one read per document). */
export function apiQueryOptions<M extends ApiMethod>(api: ApiClient, method: M, input: ApiInput<M>) {
  return { queryKey: apiQueryKey(method, input), queryFn: () => callApi(api, method, input) };
}

/**
 * A read made when an action needs it (not when something is shown): through the same cache, so what
 * it answers is what every `useApiQuery` of that method and input shows from then on.
 */
export function useApiRead(): <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>> {
  const api = useApi();
  const client = useQueryClient();
  return useCallback(
    <M extends ApiMethod>(method: M, input: ApiInput<M>) =>
      client.fetchQuery({ queryKey: apiQueryKey(method, input), queryFn: () => callApi(api, method, input), staleTime: 0 }),
    [api, client],
  );
}

/** Puts what the main side answered into the cache of a read (the answer is the store's own truth). */
export function setApiQueryData<M extends ApiMethod>(
  client: QueryClient,
  method: M,
  input: ApiInput<M>,
  update: (current: ApiOutput<M> | undefined) => ApiOutput<M> | undefined,
): void {
  client.setQueryData<ApiOutput<M>>(apiQueryKey(method, input), update);
}

export { useQueryClient };
