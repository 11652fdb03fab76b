import { useMutation, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/contract/api-contract';
import { useApi } from '../api-context';
import type { ApiMutationMeta } from './query-client';
import { callApi } from './useApiQuery';

type Options<M extends ApiMethod, C> = Omit<
  UseMutationOptions<ApiOutput<M>, Error, ApiInput<M>, C>,
  'mutationFn' | 'mutationKey' | 'meta'
> & {
  /** Default true: a write makes every cached read be read again. False when `onSuccess` puts the answer in the cache. */
  invalidate?: boolean;
};

/**
 * A call that changes something. Writes (by the contract's effect) invalidate the cached reads once
 * they succeed; mutations given the same `scope.id` run one at a time in the order they were made.
 */
export function useApiMutation<M extends ApiMethod, C = unknown>(
  method: M,
  options?: Options<M, C>,
): UseMutationResult<ApiOutput<M>, Error, ApiInput<M>, C> {
  const api = useApi();
  const { invalidate = true, ...rest } = options ?? {};
  const meta: ApiMutationMeta = { method, invalidate };
  return useMutation({
    ...rest,
    meta,
    mutationKey: ['api', method],
    mutationFn: (input: ApiInput<M>) => callApi(api, method, input),
  });
}
