import { useMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/contract/api-contract';
import { useApi } from '../api-context';
import type { ApiMutationMeta } from './query-client';

type Call = { method: ApiMethod; input: unknown };

/**
 * Calls that must reach the main side one at a time, in the order they were made (the writes of one
 * record, and the read that puts the page right after one is refused): mutations of one scope. The
 * caller puts each answer into the cache itself, so these writes invalidate nothing.
 */
export function useApiQueue(scope: string): <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>> {
  const api = useApi();
  const meta: ApiMutationMeta = { invalidate: false };
  const { mutateAsync } = useMutation({
    scope: { id: scope },
    meta,
    mutationFn: ({ method, input }: Call) => (api.call as (m: ApiMethod, i: unknown) => Promise<unknown>)(method, input),
  });
  return useCallback(
    <M extends ApiMethod>(method: M, input: ApiInput<M>) => mutateAsync({ method, input }) as Promise<ApiOutput<M>>,
    [mutateAsync],
  );
}
