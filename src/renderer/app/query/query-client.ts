import { MutationCache, QueryClient } from '@tanstack/react-query';
import type { ApiMethod } from '../../../shared/contract/api-contract';
import { methodEffect } from '../../../shared/contract/method-effect';

/** Every API read is cached under ['api', method, input]; a write invalidates them. */
export const API_QUERY_ROOT = 'api';

export interface ApiMutationMeta extends Record<string, unknown> {
  /** The method called (absent for a queue that carries several). */
  method?: ApiMethod;
  /** False when the caller puts the answer into the cache itself (it is the store's own truth). */
  invalidate: boolean;
}

// Every mutation's meta is an ApiMutationMeta (useApiMutation, useApiQueue): the cache reads it typed.
declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: ApiMutationMeta;
  }
}

/**
 * The renderer's one cache. The store is local and only this page changes it, so reads never go
 * stale by time, focus or network (the app works offline): they are read again when a write made
 * through `useApiMutation` succeeds. Not every write goes through the cache (autosave, the reading
 * position), so each read is made again when something that shows it mounts, and not kept once
 * nothing shows it.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: (_data, _input, _context, mutation) => {
        const meta = mutation.meta;
        if (!meta?.method || !meta.invalidate || methodEffect(meta.method) !== 'write') return;
        // Not awaited: a scope's next write must not wait for the reads to come back.
        void client.invalidateQueries({ queryKey: [API_QUERY_ROOT] });
      },
    }),
    defaultOptions: {
      queries: {
        networkMode: 'always',
        gcTime: 0,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
  return client;
}
